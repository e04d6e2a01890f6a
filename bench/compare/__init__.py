"""The side-by-side benchmark of libcoach against SQLite and plain Python (bench/compare.py).

One concept per module:

* ``rows``:         the plain record types the SQLite and plain-Python sides hold;
* ``data``:         generates the practice, saves it as a libcoach store and loads the same
                    records into SQLite and a pickle (setup, never timed);
* ``aggregates``:   the practice aggregates specification: cells, measures, normalisation;
* ``suppression``:  the k-anonymity suppression step, ONE implementation for SQL and Python;
* ``progress``:     the engagement progress numbers every side computes;
* ``sqlite_side``, ``python_side``, ``libcoach_side``: the three implementations;
* ``commits``:      durable single, batch and concurrent commits on every side;
* ``measure``:      timers (wall and CPU), medians, resident memory, fresh-process runs;
* ``child``:        what a fresh process runs for the cold workload;
* ``cxx``:          libcoach's C++ bench programs, for reference;
* ``table``:        a result as the Markdown table of bench/README.md.
"""
