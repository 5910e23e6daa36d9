/**
 * The tabs GraphiQL opens with: one worked example for each kind of user, so a newcomer sees
 * what the API answers before reading any documentation. GraphiQL uses them only when the
 * browser has no tabs of its own saved, so they never overwrite someone's work.
 */
export interface GraphiqlExample {
  /**
   * The operation. Its variables carry default values in the document rather than in the
   * variables pane: the bundled GraphiQL leaves a default tab's variables pane empty.
   */
  query: string;
}

const COUNCIL_PAGE = `# A frontend's council page: one council, its
# statistical neighbours and every letter about
# it. APA letters (2005-2008) grade five Every
# Child Matters areas; the 2009 rating says how
# inspected settings and services were judged.
# This tab ran as it opened; press the run
# button (Ctrl-Enter) after a change. "Docs" on
# the left says what each field means. Change
# $laCode below (886 is Kent).
query CouncilPage($laCode: String! = "886") {
  # How many letters the database holds:
  # npm start loads the five bundled ones.
  lettersLoaded: assessments { totalCount }
  authority(laCode: $laCode) {
    name
    region
    kind
    statisticalNeighbours { name laCode }
    assessments {
      kind
      year
      overallGrade
      overallJudgement
      outcomeAreas {
        area
        grade
        judgement
        strengths
        areasForImprovement
      }
      settingJudgements {
        setting
        judgement
        count
        total
        proportion
        source
        evidence
      }
    }
  }
}
`;

const DISTRIBUTION_BY_REGION = `# A CAA score aggregator's view: how the
# 2009 ratings spread across the nine regions.
# total counts every council of that year,
# assessed or not; meanGrade is over the
# assessed ones (null when no letter of the
# region is loaded: with the five bundled
# letters most regions show zeros).
query RatingsByRegion($year: Int! = 2009) {
  ratingDistribution(
    year: $year
    groupBy: REGION
  ) {
    key
    total
    assessed
    unassessed
    meanGrade
    grades { grade count }
  }
}
`;

const SEARCH = `# An analyst's search: passages holding every
# word, most relevant first, and the letter
# each comes from. matches gives where the
# words are in passage (highlighted gives the
# passage as HTML with <mark> tags, for pages).
query LetterSearch(
  $text: String! = "fostering"
) {
  search(text: $text, first: 10) {
    totalCount
    edges {
      node {
        passage
        matches { start end }
        passageKind
        authority { name }
        assessment { kind year overallGrade }
      }
    }
  }
}
`;

const NEIGHBOUR_COMPARISON = `# A council against its statistical
# neighbours (the councils the DfE finds
# most alike), its region and England: its
# grades over the years and the 2009 means.
query NeighbourComparison(
  $laCode: String! = "835"
) {
  authority(laCode: $laCode) {
    name
    trend { year kind grade change }
    comparison(year: 2009) {
      grade
      neighbourMean
      neighboursAssessed
      neighbourCount
      regionMean
      regionAssessed
      regionAuthorities
      englandMean
      englandAssessed
      englandAuthorities
    }
    statisticalNeighbours {
      name
      assessments(year: 2009) {
        overallGrade
        overallJudgement
      }
    }
  }
}
`;

/** Council page, distribution by region, search, comparison with statistical neighbours. */
export const GRAPHIQL_EXAMPLES: readonly GraphiqlExample[] = [COUNCIL_PAGE, DISTRIBUTION_BY_REGION, SEARCH, NEIGHBOUR_COMPARISON].map(
  (query) => ({ query }),
);
