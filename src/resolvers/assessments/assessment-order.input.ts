import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/pagination/paginate';

export enum AssessmentOrderField {
  YEAR = 'YEAR',
  GRADE = 'GRADE',
  PUBLISHED_ON = 'PUBLISHED_ON',
}
registerEnumType(AssessmentOrderField, { name: 'AssessmentOrderField' });

@InputType()
export class AssessmentOrder {
  @Field(() => AssessmentOrderField)
  @IsEnum(AssessmentOrderField)
  field!: AssessmentOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
