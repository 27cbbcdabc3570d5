/**
 * Made-up text in the manner of a 1949 evening paper, in traditional characters: the parser's test of such a paper,
 * and test files in Big5 (which cannot hold the simplified characters of the seeds). Masthead 東湖晚報 中華民國三十八年五月十二日.
 * Test material only, so it lives under tests/ (the renderer tests import it too): seed-test-files.ts reads the
 * seeds through Vite's `?raw`, which only the renderer's tsconfig knows.
 */
export const TRADITIONAL_PAGE = [
  '東湖晚報',
  '中華民國三十八年五月十二日 星期四',
  '',
  '市府擴建東湖碼頭',
  '',
  '本報訊（記者 張三）市政府昨日決定擴建東湖碼頭，工程預計三個月完成，完工後可同時停靠輪船十艘。',
  '',
  '碼頭擴建經費由市庫支出，市長表示將公開招標，並請市民監督。',
  '',
  '滬市物價趨穩',
  '',
  '中央社上海十一日電 本市各類物價連日來漸趨平穩，米價較上週回落一成。',
].join('\n');
