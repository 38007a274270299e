"""Generate N varied Arabic news articles for throughput benchmarks (never for quality figures).

Sentences come from templates filled with the project's own gazetteers (states, leaders, capitals),
random dates and document kinds, so every article is different text of about `--size` bytes.

    python scripts/make_corpus.py 10000 /tmp/corpus                  # one .txt file per article
    python scripts/make_corpus.py 10000 /tmp/corpus.jsonl --jsonl    # news-please shaped records
"""
from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

from diplograph.gazetteer import gazetteer

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر"]
DOCUMENTS = ["اتفاقية للتعاون الاقتصادي", "مذكرة تفاهم في مجال الطاقة", "إعلان مشترك بشأن الشراكة الاستراتيجية",
             "بروتوكول للتعاون الثقافي", "اتفاقية لتجنب الازدواج الضريبي", "برنامج تنفيذي للتعاون العلمي"]
EVENT_SHARE = 0.35   # about one sentence in three states a fact, as in the wire copy of corpus/dev
TEMPLATES = [
    ("{city1} - استقبل {p1} في {city1} يوم {date} {p2} الذي يقوم بزيارة رسمية إلى {c1}، وبحث الجانبان "
     "سبل تعزيز العلاقات الثنائية بين {c1} و{c2} في مختلف المجالات."),
    "وقع {p1} و{p2} في {city1} يوم {date} على {doc} بين {c1} و{c2}.",
    "هنأ {p1} {p2} بمناسبة العيد الوطني لبلاده، متمنيا لشعب {c2} المزيد من التقدم والازدهار.",
    "أكدت وزارة الخارجية في {c1} أن العلاقات الدبلوماسية مع {c2} أقيمت في {year} وأنها تشهد تطورا مستمرا.",
    "احتفلت {c1} و{c2} بالذكرى الـ{n} لإقامة العلاقات الدبلوماسية بينهما، وتبادل {p1} و{p2} برقيات التهنئة.",
    "التقى {p1} مع {p2} على هامش أعمال القمة في {city3} يوم {date}، وناقشا القضايا الإقليمية والدولية.",
    "وقال {p1} في تصريح صحفي إن بلاده حريصة على تطوير التعاون مع {c2} في مجالات التجارة والاستثمار والطاقة.",
    "ومن المقرر أن يزور {p2} مدينة {city1} في {month} المقبل لبحث تنفيذ الاتفاقيات الموقعة.",
]
FILLERS = [
    "وأشار البيان إلى أن حجم التبادل التجاري بين البلدين بلغ {n} مليار دولار خلال العام الماضي.",
    "وأوضح المتحدث باسم الوزارة أن الجانبين اتفقا على مواصلة التشاور بشأن القضايا ذات الاهتمام المشترك.",
    "ويعود تاريخ التعاون بين البلدين إلى عقود طويلة، شهدت خلالها العلاقات تطورا ملحوظا في مجالات عدة.",
    "وتأتي هذه الخطوة في إطار الجهود الرامية إلى تعزيز الاستقرار في المنطقة ودعم التنمية المستدامة.",
    "وأشار التقرير إلى أن قطاع السياحة يشهد نموا مطردا، مع ارتفاع عدد الزوار بنسبة {n} في المئة.",
    "وفي سياق متصل، ناقش خبراء من {c1} سبل تطوير البنية التحتية وتحديث شبكات النقل والموانئ.",
    "ولفت المحللون إلى أن أسعار الطاقة في الأسواق العالمية ستؤثر على اقتصادات المنطقة خلال الأشهر المقبلة.",
    "وأضاف أن الحكومة تعمل على تنفيذ خطة شاملة لتطوير التعليم والصحة وتحسين مستوى المعيشة.",
    "ومن جهة أخرى، أعلنت {c1} عن إطلاق مبادرة جديدة لدعم الشركات الصغيرة والمتوسطة.",
]


def facts() -> tuple[list, dict]:
    gz = gazetteer()
    people: dict[str, list] = {}
    for persons in gz.people.values():
        for p in persons:
            if p.iso in gz.countries and p.role in ("president", "prime_minister", "foreign_minister", "king"):
                people.setdefault(p.iso, []).append(p)
    states = sorted(iso for iso in people if gz.countries[iso].capital)
    return states, people


def article(rng: random.Random, states: list, people: dict, size: int, serial: int) -> tuple[str, str]:
    gz = gazetteer()
    a, b, c = rng.sample(states, 3)
    title = f"{gz.countries[a].ar} و{gz.countries[b].ar} تبحثان تعزيز التعاون الثنائي"
    sentences: list[str] = []
    while sum(len(s.encode("utf-8")) for s in sentences) < size:
        values = {
            "c1": gz.countries[a].ar, "c2": gz.countries[b].ar,
            "p1": rng.choice(people[a]).ar, "p2": rng.choice(people[b]).ar,
            "city1": gz.countries[a].capital.ar, "city3": gz.countries[c].capital.ar,
            "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1995, 2025)}",
            "month": rng.choice(MONTHS), "year": rng.randint(1950, 2000), "n": rng.randint(2, 60),
            "doc": rng.choice(DOCUMENTS),
        }
        pool = TEMPLATES if rng.random() < EVENT_SHARE else FILLERS
        sentences.append(rng.choice(pool).format(**values))
    sentences.append(f"(رقم الخبر {serial})")
    return title, title + "\n\n" + "\n".join(sentences) + "\n"


def generate(n: int, size: int = 2000, seed: int = 1) -> Iterator[tuple[str, str, str]]:
    """(title, text, date) of n articles."""
    rng = random.Random(seed)
    states, people = facts()
    for i in range(n):
        title, text = article(rng, states, people, size, i)
        yield title, text, f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=2000, help="bytes of text per article (about)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", action="store_true", help="write one JSONL file of news-please records")
    args = ap.parse_args()
    if args.jsonl:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as fh:
            for i, (title, text, date) in enumerate(generate(args.n, args.size, args.seed)):
                body = text.split("\n\n", 1)[1]
                fh.write(json.dumps({"title": title, "maintext": body, "date_publish": f"{date} 09:00:00",
                                     "url": f"https://news.example/a/{i}", "language": "ar"},
                                    ensure_ascii=False) + "\n")
        return
    for i, (_title, text, _date) in enumerate(generate(args.n, args.size, args.seed)):
        folder = args.out / f"{i // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:07d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
