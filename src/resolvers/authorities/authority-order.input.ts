import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/pagination/paginate';

export enum AuthorityOrderField {
  NAME = 'NAME',
  LA_CODE = 'LA_CODE',
  REGION = 'REGION',
}
registerEnumType(AuthorityOrderField, {
  name: 'AuthorityOrderField',
  description: 'What authorities can be ordered by',
  valuesConfig: {
    NAME: { description: 'The formal council name' },
    LA_CODE: { description: 'The DfE local authority code' },
    REGION: { description: "The region's name (authorities of one region in id order)" },
  },
});

@InputType({ description: 'How to order the authorities; the id breaks ties, so pages never overlap' })
export class AuthorityOrder {
  @Field(() => AuthorityOrderField, { description: 'The value to order by' })
  @IsEnum(AuthorityOrderField)
  field!: AuthorityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending unless given' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
