// Doubtful duplicate clusters left for review, kept in the document cache (6 hours) and, when
// small enough, in document properties, as sheet rows after the clean.
export const REVIEW_PROPERTY = 'crmHygiene.review';

export interface ReviewCluster {
  id: string;
  sheet: string;
  /** 1-based sheet rows (after the clean). */
  rows: number[];
  primary: number;
  score: number;
  reasons: string[];
}

export function saveReview(clusters: ReviewCluster[]): void {
  let list = clusters;
  let text = JSON.stringify(list);
  while (text.length > 8500 && list.length > 0) {
    list = list.slice(0, Math.floor(list.length / 2));
    text = JSON.stringify(list);
  }
  PropertiesService.getDocumentProperties().setProperty(REVIEW_PROPERTY, text);
}

export function loadReview(): ReviewCluster[] {
  const raw = PropertiesService.getDocumentProperties().getProperty(REVIEW_PROPERTY);
  if (!raw) return [];
  try {
    return JSON.parse(raw) as ReviewCluster[];
  } catch {
    return [];
  }
}
