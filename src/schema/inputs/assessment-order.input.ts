import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../sort-direction';

export enum AssessmentOrderField {
  YEAR = 'YEAR',
  GRADE = 'GRADE',
  PUBLISHED_ON = 'PUBLISHED_ON',
}
registerEnumType(AssessmentOrderField, { name: 'AssessmentOrderField' });

@InputType()
export class AssessmentOrder {
  @Field(() => AssessmentOrderField)
  field!: AssessmentOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
