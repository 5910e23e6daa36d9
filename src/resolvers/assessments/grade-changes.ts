import { Field, Int, ObjectType } from 'type-graphql';
import { Area } from '../../domain/enums';
import type { AssessmentRevision } from '../../entities/index';

/** The grades a revision can change, as `GradeChange.field` names them. */
export const GRADE_FIELDS = ['overallGrade', 'capacityToImproveGrade', 'socialCareGrade'] as const;

/** `GradeChange.field` for an outcome area's grade; `area` says which. */
export const OUTCOME_AREA_GRADE = 'outcomeAreaGrade';

@ObjectType({ description: 'One grade that differs between a version of an assessment and the version before it' })
export class GradeChange {
  @Field({ description: 'overallGrade, capacityToImproveGrade, socialCareGrade, or outcomeAreaGrade (then `area` says which)' })
  field!: string;

  @Field(() => Area, { nullable: true, description: 'The outcome area, when `field` is outcomeAreaGrade' })
  area!: Area | null;

  @Field(() => Int, { nullable: true, description: 'The grade before; null when the earlier version had none' })
  from!: number | null;

  @Field(() => Int, { nullable: true, description: 'The grade now; null when this version has none' })
  to!: number | null;
}

type Grades = Pick<AssessmentRevision, (typeof GRADE_FIELDS)[number] | 'outcomeAreas'>;

/**
 * The grades that differ from `previous` to `current`: the three headline grades in a fixed
 * order, then the outcome areas in the order of the {@link Area} enum (an area present in only
 * one of them counts as a change from or to null). Empty when every grade is the same.
 */
export function gradeChanges(previous: Grades, current: Grades): GradeChange[] {
  const changes: GradeChange[] = [];
  for (const field of GRADE_FIELDS) {
    if (previous[field] !== current[field]) changes.push({ field, area: null, from: previous[field], to: current[field] });
  }
  const gradeOf = (grades: Grades, area: Area): number | null => grades.outcomeAreas.find((row) => row.area === area)?.grade ?? null;
  for (const area of Object.values(Area)) {
    const from = gradeOf(previous, area);
    const to = gradeOf(current, area);
    if (from !== to) changes.push({ field: OUTCOME_AREA_GRADE, area, from, to });
  }
  return changes;
}
