import { Field, Int, ObjectType } from 'type-graphql';
import { WarningCode } from '../domain/enums';

/** One thing the parser could not read in a letter, or read only by assuming; the parse output's `warnings` item. */
@ObjectType({ description: 'One thing the parser could not read in the letter, or read only by assuming' })
export class ParseWarning {
  @Field(() => WarningCode, { description: 'What kind of miss: stable, so clients can filter on it' })
  code!: WarningCode;

  @Field({ description: 'The miss in words, e.g. "the sentence names pupil referral units and a judgement word, but ..."' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The sentence, table row or section concerned, as the letter has it' })
  evidence!: string | null;
}

/**
 * How completely the parser read an assessment's letter. Aggregators use it to tell a count
 * that covers a whole letter from one that may have missed a statement.
 */
@ObjectType({ description: "How completely the parser read the assessment's letter" })
export class AssessmentQuality {
  @Field({
    description:
      'True when every part the letter has was read: no statement, area, grade or list was left unread. A misspelt word ' +
      'that was read (MISSPELT_WORD) does not make a letter incomplete',
  })
  complete!: boolean;

  @Field(() => Int, { description: 'How many warnings the parse gave' })
  warningCount!: number;

  @Field(() => [ParseWarning], { description: 'What the parser could not read or had to assume, in letter order' })
  warnings!: ParseWarning[];
}
