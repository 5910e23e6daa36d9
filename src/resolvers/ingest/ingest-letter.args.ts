import { ArgsType, Field } from 'type-graphql';

/** `ingestLetter(text, fileName)`. */
@ArgsType()
export class IngestLetterArgs {
  @Field(() => String, { description: 'The letter: plain text, HTML or markdown' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the text came from, kept with the source letter' })
  fileName?: string | null;
}
