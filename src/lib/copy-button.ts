/** Copy text from a button's click, saying on the button for two seconds whether it worked. */
export async function copyText(button: HTMLButtonElement, text: string): Promise<void> {
  const label = button.dataset.label ?? (button.dataset.label = button.textContent ?? '');
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    button.textContent = '复制失败，请手动复制';
  }
  setTimeout(() => (button.textContent = label), 2000);
}
