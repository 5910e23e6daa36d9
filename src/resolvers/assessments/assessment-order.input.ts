import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/pagination/paginate';

export enum AssessmentOrderField {
  YEAR = 'YEAR',
  GRADE = 'GRADE',
  PUBLISHED_ON = 'PUBLISHED_ON',
}
registerEnumType(AssessmentOrderField, {
  name: 'AssessmentOrderField',
  description: 'What assessments can be ordered by',
  valuesConfig: {
    YEAR: { description: 'The year assessed' },
    GRADE: { description: 'The overall grade, 1-4 (4 best)' },
    PUBLISHED_ON: { description: 'The date of the letter' },
  },
});

@InputType({ description: 'How to order the assessments; the id breaks ties, so pages never overlap' })
export class AssessmentOrder {
  @Field(() => AssessmentOrderField, { description: 'The value to order by' })
  @IsEnum(AssessmentOrderField)
  field!: AssessmentOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending unless given' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
