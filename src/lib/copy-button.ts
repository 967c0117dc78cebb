/** Copy text from a button's click, saying on the button for two seconds whether it worked (in the page's words). */
export async function copyText(button: HTMLButtonElement, text: string, words: { copied: string; copyFailed: string }): Promise<void> {
  const label = button.dataset.label ?? (button.dataset.label = button.textContent ?? '');
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = words.copied;
  } catch {
    button.textContent = words.copyFailed;
  }
  setTimeout(() => (button.textContent = label), 2000);
}
