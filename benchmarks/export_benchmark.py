"""Export benchmark: seconds to draw each chart as PNG and SVG, cold (a fresh browser) and warm (kept running).

    .venv/bin/python benchmarks/export_benchmark.py                       # unfiltered view, 5 warm repeats
    .venv/bin/python benchmarks/export_benchmark.py --area "Castle Point" --repeats 10

Cold: a new `images.Renderer` for each chart and format, so the time includes launching Chromium, as the
first export after the server starts does. Warm, one click: the median of `--repeats` renders on a renderer
already running, each after a pause of PAUSE_S seconds, as a reader clicks one download and then another
(the browser reloads its tab after each image, in the background). Warm, back to back: renders with no pause,
as the briefing draws its charts, so each also waits for the reload after the one before. Also: the
interactive HTML, the data files and the briefing. Prints one Markdown table on stdout (progress on
stderr). Not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time

from components.dataset.load import load_dataset
from components.export import briefing, files, images
from components.view import charts, filters

PAUSE_S = 1.0


def seconds(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--area", action="append", help="filter to an area, as the page does (repeatable)")
    parser.add_argument("--repeats", type=int, default=5, help="warm renders per chart and format (median shown)")
    args = parser.parse_args()
    if images.find_chromium() is None:
        print(images.NO_BROWSER_MESSAGE, file=sys.stderr)
        return 1
    ds = load_dataset()
    chosen = filters.clean_filters(ds, {"areas": args.area or []})
    view = filters.view_of(ds, chosen)
    built = [c for c in charts.build_charts(view) if c.figure is not None]

    rows = []
    warm = images.Renderer()
    start_s, _ = seconds(warm.start)
    try:
        for chart in built:
            for fmt in images.IMAGE_FORMATS:
                print(f"{chart.key} {fmt}…", file=sys.stderr)
                cold = images.Renderer()
                try:
                    cold_s, data = seconds(lambda c=cold, ch=chart, f=fmt: images.chart_image(ch, f, c))
                finally:
                    cold.stop()
                paused = []
                for _ in range(args.repeats):
                    time.sleep(PAUSE_S)  # a reader's next click; the browser tidies up meanwhile
                    paused.append(seconds(lambda ch=chart, f=fmt: images.chart_image(ch, f, warm))[0])
                batch = [seconds(lambda ch=chart, f=fmt: images.chart_image(ch, f, warm))[0]
                         for _ in range(args.repeats)]
                rows.append((chart.filename(chosen, fmt), cold_s, statistics.median(paused), max(paused),
                             statistics.median(batch), len(data)))
        html_s = statistics.median(seconds(lambda c=c: files.chart_html(c, chosen))[0] for c in built)
        data_s = seconds(lambda: (files.csv_bytes(files.quotes_table(view.quotes)),
                                  files.csv_bytes(files.figures_table(view.figures, view.ds)),
                                  files.claims_json(view), files.dataset_zip(ds)))[0]
        briefing_s = seconds(lambda: briefing.briefing(view, charts.build_charts(view), warm))[0]
    finally:
        warm.stop()

    print(f"Export benchmark: {chosen.describe()}; Python {platform.python_version()}, {platform.machine()}, "
          f"{warm.timeout:g} s bound per image\n")
    print("| file | cold s (browser start + render) | warm s, one click (median) | warm s, one click (max) "
          "| warm s, back to back (median) | bytes |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, cold_s, warm_s, worst_s, batch_s, size in rows:
        print(f"| {name} | {cold_s:.2f} | {warm_s:.3f} | {worst_s:.3f} | {batch_s:.3f} | {size:,} |")
    print(f"\nBrowser start alone: {start_s:.2f} s. Interactive HTML per chart (no browser): {html_s:.3f} s. "
          f"Both CSVs, the JSON and the dataset ZIP: {data_s:.3f} s. Briefing with {len(built)} PNGs, warm: "
          f"{briefing_s:.2f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
