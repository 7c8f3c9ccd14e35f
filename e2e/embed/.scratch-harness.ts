import { chromium } from 'playwright-core';
export const launchChromium = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'], headless: true });
