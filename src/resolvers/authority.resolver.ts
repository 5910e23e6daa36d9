import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CHANGEABLE_CACHE_HINT } from '../cache/cache-policy';
import type { AppContext } from '../context';
import { AssessmentKind } from '../domain/enums';
import { Assessment, Authority } from '../entities';
import { authorityQuery, authoritySortKey } from '../queries/authority-query';
import { findAuthorityByName } from '../queries/find-authority-by-name';
import { paginate } from '../queries/paginate';
import { AuthorityFilter } from '../schema/inputs/authority-filter.input';
import { AuthorityOrder } from '../schema/inputs/authority-order.input';
import { ConnectionArgs } from '../schema/pagination/connection-args';
import type { ConnectionResult } from '../schema/pagination/connection.type';
import { parseId } from '../schema/parse-id';
import { AuthorityConnection } from '../schema/types/connections';

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => Authority, {
    nullable: true,
    description: 'One authority by exactly one of: id, DfE code, or name (formal or short, any case, "&" for "and")',
  })
  async authority(
    @Ctx() { loaders, dataSource }: AppContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('laCode', () => String, { nullable: true }) laCode?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<Authority | null> {
    const given = [id, laCode, name].filter((value) => value !== undefined && value !== null);
    if (given.length !== 1) {
      throw new GraphQLError('authority needs exactly one of id, laCode or name', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (id !== undefined && id !== null) return loaders.authorityById.load(parseId(id, 'id'));
    if (laCode !== undefined && laCode !== null) return loaders.authorityByLaCode.load(laCode);
    return findAuthorityByName(dataSource, name ?? '');
  }

  @Directive(CHANGEABLE_CACHE_HINT)
  @Query(() => AuthorityConnection, { description: 'Authorities as a Relay connection, by name unless `orderBy` says otherwise' })
  authorities(
    @Ctx() { dataSource }: AppContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuthorityFilter, { nullable: true }) filter?: AuthorityFilter,
    @Arg('orderBy', () => AuthorityOrder, { nullable: true }) orderBy?: AuthorityOrder,
  ): Promise<ConnectionResult<Authority>> {
    return paginate(authorityQuery(dataSource, filter), authoritySortKey(orderBy), page);
  }

  // Ingest adds assessments to an authority, so this list is short-lived though each assessment is historical.
  @Directive(CHANGEABLE_CACHE_HINT)
  @FieldResolver(() => [Assessment], { description: 'Every assessment of this authority, oldest first' })
  async assessments(
    @Root() authority: Authority,
    @Ctx() { loaders }: AppContext,
    @Arg('kind', () => AssessmentKind, { nullable: true }) kind?: AssessmentKind,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Assessment[]> {
    const all = await loaders.assessmentsByAuthorityId.load(authority.id);
    return all.filter((assessment) => (!kind || assessment.kind === kind) && (year == null || assessment.year === year));
  }

  @FieldResolver(() => [Authority], { description: 'DfE statistical neighbours, most similar first' })
  statisticalNeighbours(@Root() authority: Authority, @Ctx() { loaders }: AppContext): Promise<Authority[]> {
    return loaders.statisticalNeighboursByAuthorityId.load(authority.id);
  }
}
