import { FieldResolver, Resolver, Root } from 'type-graphql';
import { LetterFormat } from '../../domain/enums';
import { letterFormatOf } from '../../domain/letter-format';
import { SourceLetter } from '../../entities/index';

/** Fields of a stored letter that are read from its columns rather than stored in one. */
@Resolver(() => SourceLetter)
export class SourceLetterResolver {
  @FieldResolver(() => LetterFormat, {
    description:
      'What `text` is written in: TEXT for a text or markdown file, HTML for an HTML file or for a PDF or Word file (stored ' +
      'as the HTML made from it)',
  })
  format(@Root() letter: SourceLetter): LetterFormat {
    return letterFormatOf(letter.text);
  }
}
