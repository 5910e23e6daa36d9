import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One entry of an authority's DfE statistical neighbour list, in the list's order. */
@Entity({ name: 'statistical_neighbour' })
export class StatisticalNeighbour {
  @PrimaryColumn({ name: 'authority_id', type: 'int' })
  authorityId!: number;

  @PrimaryColumn({ name: 'neighbour_id', type: 'int' })
  @Index()
  neighbourId!: number;

  @Column({ type: 'int' })
  rank!: number;
}
