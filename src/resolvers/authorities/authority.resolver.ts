import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Directive, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { CHANGEABLE_CACHE_HINT } from '../../schema/cache-hints';
import type { AppContext } from '../context';
import { AssessmentKind } from '../../domain/enums';
import { Assessment, Authority } from '../../entities/index';
import { findAuthorityByName } from '../../reference/find-authority';
import { authorityQuery, authoritySortKey } from './authorities.sql';
import { paginate } from '../../schema/pagination/paginate';
import { AuthoritiesArgs } from './authorities.args';
import { AuthorityLookupArgs } from './authority-lookup.args';
import { Connection, type ConnectionResult } from '../../schema/pagination/connection.type';
import { parseId } from '../../schema/errors';
import { badUserInput } from '../../schema/errors';
import { projectedColumns } from '../projection';
import { ASSESSMENT_PROJECTION } from '../assessments/assessment.projection';
import { AUTHORITY_PROJECTION } from './authority.projection';

/** The Relay connection of Authority nodes. */
export const AuthorityConnection = Connection(Authority, 'Authority');

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => Authority, {
    nullable: true,
    description: 'One authority by exactly one of: id, DfE code, or name (formal or short, any case, "&" for "and")',
  })
  async authority(
    @Ctx() { loaders }: AppContext,
    @Args() { id, laCode, name }: AuthorityLookupArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Authority | null> {
    const given = [id, laCode, name].filter((value) => value !== undefined && value !== null);
    if (given.length !== 1) {
      throw badUserInput('authority needs exactly one of id, laCode or name');
    }
    const columns = projectedColumns(info, AUTHORITY_PROJECTION);
    if (id !== undefined && id !== null) return loaders.authorityById.load(parseId(id, 'id'), columns);
    if (laCode !== undefined && laCode !== null) return loaders.authorityByLaCode.load(laCode, columns);
    // Names resolve the way letters' names do (any naming style, aliases), then load by code.
    const reference = findAuthorityByName(name ?? '');
    return reference ? loaders.authorityByLaCode.load(reference.laCode, columns) : null;
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @Query(() => AuthorityConnection, { description: 'Authorities as a Relay connection, by name unless `orderBy` says otherwise' })
  authorities(@Ctx() { dataSource }: AppContext, @Args() args: AuthoritiesArgs): Promise<ConnectionResult<Authority>> {
    return paginate(authorityQuery(dataSource, args.filter), authoritySortKey(args.orderBy), args);
  }

  // Ingest adds assessments to an authority, so this list is short-lived though each assessment is historical.
  @Directive(CHANGEABLE_CACHE_HINT)
  @FieldResolver(() => [Assessment], { description: 'Every assessment of this authority, oldest first' })
  assessments(
    @Root() authority: Authority,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('kind', () => AssessmentKind, { nullable: true, description: 'Only letters of this kind' }) kind?: AssessmentKind,
    @Arg('year', () => Int, { nullable: true, description: 'Only the letter of this year, 2005-2009' }) year?: number,
  ): Promise<Assessment[]> {
    const all = loaders.assessmentsByAuthorityId.load(authority.id, projectedColumns(info, ASSESSMENT_PROJECTION));
    // Unfiltered, the loaded list itself: no copy and no extra promise per authority of a page.
    if (!kind && (year === undefined || year === null)) return all;
    return all.then((list) =>
      list.filter((assessment) => (!kind || assessment.kind === kind) && (year == null || assessment.year === year)),
    );
  }

  @FieldResolver(() => [Authority], { description: 'DfE statistical neighbours, most similar first' })
  statisticalNeighbours(
    @Root() authority: Authority,
    @Ctx() { loaders }: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Authority[]> {
    return loaders.statisticalNeighboursByAuthorityId.load(authority.id, projectedColumns(info, AUTHORITY_PROJECTION));
  }
}
