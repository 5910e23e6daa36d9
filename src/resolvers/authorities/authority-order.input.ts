import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../schema/pagination/paginate';

export enum AuthorityOrderField {
  NAME = 'NAME',
  LA_CODE = 'LA_CODE',
  REGION = 'REGION',
}
registerEnumType(AuthorityOrderField, { name: 'AuthorityOrderField' });

@InputType()
export class AuthorityOrder {
  @Field(() => AuthorityOrderField)
  @IsEnum(AuthorityOrderField)
  field!: AuthorityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
