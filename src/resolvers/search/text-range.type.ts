import { Field, Int, ObjectType } from 'type-graphql';
import type { TextSpan } from './highlight';

/** A span of a passage. */
@ObjectType({ description: 'A span of a passage: UTF-16 offsets (JavaScript string indices), end exclusive' })
export class TextRange implements TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
