/*
 * A Copy button on every code block of the page, made here because only a page with code loads
 * this (PageFooter.astro): without JavaScript there is nothing to press, and the code is still there to select.
 */
const announcer = document.createElement('p');
announcer.className = 'copy-code-status';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const block of document.querySelectorAll<HTMLPreElement>('.sl-markdown-content pre')) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-code';
	button.textContent = 'Copy';
	const language = block.closest('[role="tabpanel"]')?.getAttribute('aria-labelledby');
	const tab = language ? document.getElementById(language)?.textContent?.trim() : undefined;
	button.setAttribute('aria-label', tab ? `Copy the ${tab} code` : 'Copy the code');
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(block.innerText.replace(/\n$/, ''));
			button.textContent = 'Copied';
			announcer.textContent = 'Code copied.';
			setTimeout(() => (button.textContent = 'Copy'), 2000);
		} catch {
			announcer.textContent = 'Could not copy. Select the code and copy it yourself.';
		}
	});
	const frame = document.createElement('div');
	frame.className = 'code-block';
	block.replaceWith(frame);
	frame.append(button, block);
}
