/** Fewest words of an explanation (pas toe of leg uit): "Wij wachten op leverancier X" is a reason, "nee" is not. */
export const MIN_EXPLANATION_WORDS = 4;
/** Fewest characters of an explanation. */
export const MIN_EXPLANATION_LENGTH = 20;

/**
 * True when an explanation reads as at least one sentence: enough words and characters to say why.
 * Shared so the form says it before the server refuses it.
 */
export function isExplanation(text: string | null | undefined): boolean {
  const trimmed = (text ?? '').trim();
  return trimmed.length >= MIN_EXPLANATION_LENGTH && trimmed.split(/\s+/).length >= MIN_EXPLANATION_WORDS;
}
