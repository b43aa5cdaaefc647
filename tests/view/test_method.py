"""The methods note's dataset part: the inferred dates and periods, and where the official series ends."""

from __future__ import annotations

from components.dataset.load import load_dataset
from components.dataset.synthetic import write_synthetic_dataset
from components.view import method


def test_shipped_readings_name_each_inference_and_its_record():
    readings = method.inferred_readings(load_dataset())
    assert readings[0].startswith("“Cops now need zero tolerance approach” gives no publication date; July 2019 "
                                  "is inferred. The text gives no date.")
    assert any(r.startswith("“last year” in “Cops now need zero tolerance approach” is read as the 2018/19 "
                            "financial year") and "Policing precept" in r for r in readings)
    assert any(r.startswith("“this year” in ") and "2019/20 financial year" in r for r in readings)
    assert any(r.startswith("“since they were created last year” in ") and "not put into dates" in r
               for r in readings)


def test_a_reading_repeated_across_articles_is_one_sentence(tmp_path):
    ds = load_dataset(write_synthetic_dataset(tmp_path, 60))  # three copies of the article
    readings = method.inferred_readings(ds)
    dated = [r for r in readings if "no publication date" in r]
    assert dated == [dated[0]] and dated[0].startswith("3 articles give")


def test_series_end_is_the_last_official_date():
    assert method.series_end(load_dataset()) == "31 March 2026"
