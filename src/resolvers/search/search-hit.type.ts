import { Field, Float, ObjectType, Int } from 'type-graphql';
import { Area, PassageKind } from '../../domain/enums';
import type { TextSpan } from './highlight';
import { Connection } from '../../schema/pagination/connection.type';

/** `SearchHitConnection` and `SearchHitEdge`. */

/** A span of a passage. */
@ObjectType({ description: 'A span of a passage: UTF-16 offsets (JavaScript string indices), end exclusive' })
export class TextRange implements TextSpan {
  @Field(() => Int, { description: 'Offset of the first character of the match' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character of the match' })
  end!: number;
}

/** One passage of a letter that matched a search; `authority` and `assessment` are field resolvers. */
@ObjectType({ description: 'A passage of a letter that matches every word of a search' })
export class SearchHit {
  @Field({ description: 'The matching sentence or list item, as plain text' })
  passage!: string;

  @Field({
    description: 'The passage as HTML: special characters escaped, each matched word wrapped in <mark>...</mark>',
  })
  highlighted!: string;

  @Field(() => [TextRange], {
    description: 'Where the matched words are in `passage`: each word starting with a search word, ignoring case and accents',
  })
  matches!: TextRange[];

  @Field(() => Float, {
    description:
      "Relevance, higher is better. Engine-specific: MariaDB's MATCH ... AGAINST score, or SQLite FTS5's bm25 negated; compare scores only within one result",
  })
  score!: number;

  @Field(() => PassageKind, { description: 'Which part of the letter the passage comes from' })
  passageKind!: PassageKind;

  @Field(() => Area, { nullable: true, description: 'The outcome area of an APA narrative sentence, strength or area for improvement' })
  outcomeArea!: Area | null;

  assessmentId!: number;

  authorityId!: number;
}

export const SearchHitConnection = Connection(SearchHit, 'SearchHit');
