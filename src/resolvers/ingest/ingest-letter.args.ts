import { ArgsType, Field } from 'type-graphql';

/** `ingestLetter(text, fileName, replace)`. */
@ArgsType()
export class IngestLetterArgs {
  @Field(() => String, { description: 'The letter: plain text, HTML or markdown' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the text came from, kept with the source letter' })
  fileName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Store a different letter for an authority, kind and year already held as the assessment's new version " +
      '(the earlier one stays readable in `Assessment.revisions`); without it such a letter is CONFLICT and nothing is written',
  })
  replace?: boolean | null;
}
