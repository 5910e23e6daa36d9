import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsNull, type DataSource } from 'typeorm';
import { searchCandidates, usesMroonga } from '../search-candidates';
import {
  Assessment,
  AssessmentKind,
  Authority,
  DistributionGroup,
  OutcomeArea,
  Recipient,
  SettingJudgement,
  SourceLetter,
  StatisticalNeighbour,
} from './entities';

/**
 * The naive comparator's resolvers: every nested field is a TypeORM query of its own for its
 * parent (no DataLoader), so a page of 100 authorities costs one statement per authority and
 * per assessment.
 */
export interface NaiveContext {
  dataSource: DataSource;
}

@ObjectType()
class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
class AuthorityEdge {
  @Field() cursor!: string;
  @Field(() => Authority) node!: Authority;
}

@ObjectType()
class AuthorityConnection {
  @Field(() => [AuthorityEdge]) edges!: AuthorityEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@ObjectType()
class GradeCount {
  @Field(() => Int) grade!: number;
  @Field(() => Int) count!: number;
}

@ObjectType()
class RatingBucket {
  @Field() key!: string;
  @Field(() => AssessmentKind) kind!: AssessmentKind;
  @Field(() => Int) total!: number;
  @Field(() => Int) assessed!: number;
  @Field(() => Int) unassessed!: number;
  @Field(() => Float, { nullable: true }) meanGrade!: number | null;
  @Field(() => [GradeCount]) grades!: GradeCount[];
}

@ObjectType()
export class SearchHit {
  @Field() passage!: string;
  authorityId!: number;
}

@ObjectType()
class SearchHitEdge {
  @Field() cursor!: string;
  @Field(() => SearchHit) node!: SearchHit;
}

@ObjectType()
class SearchHitConnection {
  @Field(() => [SearchHitEdge]) edges!: SearchHitEdge[];
}

const cursorOf = (value: string, id: number): string => Buffer.from(JSON.stringify([value, id])).toString('base64url');
const APA_LABELS: Record<number, string> = { 4: 'Outstanding', 3: 'Good', 2: 'Adequate', 1: 'Inadequate' };
const RATING_LABELS: Record<number, string> = {
  4: 'Performs excellently',
  3: 'Performs well',
  2: 'Performs adequately',
  1: 'Performs poorly',
};

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => AuthorityConnection)
  async authorities(@Ctx() { dataSource }: NaiveContext, @Args() { first = 50 }: PageArgs): Promise<AuthorityConnection> {
    const rows = await dataSource.getRepository(Authority).find({
      where: { abolishedOn: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
      take: first + 1,
    });
    const edges = rows.slice(0, first).map((node) => ({ node, cursor: cursorOf(node.name, node.id) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => Authority, { nullable: true })
  authority(
    @Ctx() { dataSource }: NaiveContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('laCode', () => String, { nullable: true }) laCode?: string,
  ): Promise<Authority | null> {
    const repository = dataSource.getRepository(Authority);
    return id ? repository.findOneBy({ id: Number(id) }) : repository.findOneBy({ laCode: laCode ?? '' });
  }

  @FieldResolver(() => [Assessment])
  assessments(@Root() authority: Authority, @Ctx() { dataSource }: NaiveContext): Promise<Assessment[]> {
    return dataSource
      .getRepository(Assessment)
      .find({ where: { authorityId: authority.id }, order: { year: 'ASC', kind: 'ASC', id: 'ASC' } });
  }

  @FieldResolver(() => [Authority])
  async statisticalNeighbours(@Root() authority: Authority, @Ctx() { dataSource }: NaiveContext): Promise<Authority[]> {
    const links = await dataSource
      .getRepository(StatisticalNeighbour)
      .find({ where: { authorityId: authority.id }, order: { rank: 'ASC' } });
    const authorities = dataSource.getRepository(Authority);
    const found = await Promise.all(links.map((link) => authorities.findOneBy({ id: link.neighbourId })));
    return found.filter((row): row is Authority => row !== null);
  }

  @Query(() => [RatingBucket])
  async ratingDistribution(
    @Ctx() { dataSource }: NaiveContext,
    @Arg('year', () => Int) year: number,
    @Arg('groupBy', () => DistributionGroup, { defaultValue: DistributionGroup.NONE }) groupBy: DistributionGroup,
  ): Promise<RatingBucket[]> {
    const kind = year >= 2009 ? AssessmentKind.ANNUAL_RATING : AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT;
    const day = `${year}-11-01`;
    // Every authority and its assessment of the year, tallied in code.
    const authorities = await dataSource.getRepository(Authority).find();
    const assessments = await dataSource.getRepository(Assessment).find({ where: { year, kind } });
    const byAuthority = new Map(assessments.map((assessment) => [assessment.authorityId, assessment]));
    const buckets = new Map<string, RatingBucket>();
    for (const authority of authorities) {
      const assessment = byAuthority.get(authority.id);
      const existed =
        (authority.establishedOn === null || authority.establishedOn <= day) &&
        (authority.abolishedOn === null || authority.abolishedOn > day);
      if (!existed && !assessment) continue;
      const key =
        groupBy === DistributionGroup.REGION ? authority.region : groupBy === DistributionGroup.AUTHORITY_KIND ? authority.kind : 'England';
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = {
          key,
          kind,
          total: 0,
          assessed: 0,
          unassessed: 0,
          meanGrade: null,
          grades: [4, 3, 2, 1].map((grade) => ({ grade, count: 0 })),
        };
        buckets.set(key, bucket);
      }
      bucket.total += 1;
      if (assessment) {
        bucket.assessed += 1;
        bucket.meanGrade = (bucket.meanGrade ?? 0) + assessment.overallGrade;
        bucket.grades[4 - assessment.overallGrade].count += 1;
      }
    }
    return [...buckets.values()]
      .map((bucket) => ({
        ...bucket,
        unassessed: bucket.total - bucket.assessed,
        meanGrade: bucket.assessed === 0 ? null : (bucket.meanGrade ?? 0) / bucket.assessed,
      }))
      .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => Authority)
  async authority(@Root() assessment: Assessment, @Ctx() { dataSource }: NaiveContext): Promise<Authority> {
    return dataSource.getRepository(Authority).findOneByOrFail({ id: assessment.authorityId });
  }

  @FieldResolver(() => String)
  overallJudgement(@Root() assessment: Assessment): string {
    return (assessment.kind === AssessmentKind.ANNUAL_RATING ? RATING_LABELS : APA_LABELS)[assessment.overallGrade];
  }

  @FieldResolver(() => Recipient, { nullable: true })
  recipient(@Root() assessment: Assessment): Recipient | null {
    return assessment.recipientName === null ? null : { name: assessment.recipientName, role: assessment.recipientRole };
  }

  @FieldResolver(() => [OutcomeArea])
  outcomeAreas(@Root() assessment: Assessment, @Ctx() { dataSource }: NaiveContext): Promise<OutcomeArea[]> {
    return dataSource.getRepository(OutcomeArea).find({ where: { assessmentId: assessment.id }, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [SettingJudgement])
  settingJudgements(@Root() assessment: Assessment, @Ctx() { dataSource }: NaiveContext): Promise<SettingJudgement[]> {
    return dataSource.getRepository(SettingJudgement).find({ where: { assessmentId: assessment.id }, order: { position: 'ASC' } });
  }

  @FieldResolver(() => SourceLetter)
  sourceLetter(@Root() assessment: Assessment, @Ctx() { dataSource }: NaiveContext): Promise<SourceLetter> {
    return dataSource.getRepository(SourceLetter).findOneByOrFail({ id: assessment.sourceLetterId });
  }
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection)
  async search(
    @Ctx() { dataSource }: NaiveContext,
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<SearchHitConnection> {
    const candidates = searchCandidates(await usesMroonga((sql) => dataSource.query(sql)), text);
    const rows = (await dataSource.query(
      // The product's search: the first 1,000 matches ranked (MAX_RANKED_MATCHES), then the page.
      `SELECT passage.id, passage.text, assessment.authority_id AS authorityId
         FROM (${candidates.sql}) candidate
         JOIN letter_passage passage ON passage.id = candidate.id
         JOIN assessment ON assessment.id = passage.assessment_id
        ORDER BY candidate.score DESC, candidate.id ASC LIMIT ?`,
      [...candidates.values, first],
    )) as Array<{ id: number; text: string; authorityId: number }>;
    return { edges: rows.map((row, index) => ({ cursor: String(index), node: { passage: row.text, authorityId: row.authorityId } })) };
  }

  @FieldResolver(() => Authority)
  authority(@Root() hit: SearchHit, @Ctx() { dataSource }: NaiveContext): Promise<Authority> {
    return dataSource.getRepository(Authority).findOneByOrFail({ id: hit.authorityId });
  }
}

/** `_entities`: one query per representation. */
export const NAIVE_REFERENCE_RESOLVERS = {
  Authority: {
    __resolveReference(reference: { id?: string; laCode?: string }, { dataSource }: NaiveContext): Promise<Authority | null> {
      const repository = dataSource.getRepository(Authority);
      return reference.id !== undefined
        ? repository.findOneBy({ id: Number(reference.id) })
        : repository.findOneBy({ laCode: reference.laCode ?? '' });
    },
  },
  Assessment: {
    __resolveReference(reference: { id: string }, { dataSource }: NaiveContext): Promise<Assessment | null> {
      return dataSource.getRepository(Assessment).findOneBy({ id: Number(reference.id) });
    },
  },
};
