// The plain Node baseline of bench/k6-ingest: readline over a read stream, JSON.parse per line,
// nothing else but counting the Point lines (printed at the end, so the bench can check it read them all).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let points = 0;
const lines = createInterface({
  input: createReadStream(process.argv[2]),
  crlfDelay: Number.POSITIVE_INFINITY,
});
for await (const line of lines) {
  if (JSON.parse(line).type === 'Point') points++;
}
console.log(points);
