"""The sync server behind serve.py (issue 14): the server orders, the clients compute.

It keeps one ordered log of journal entries per atelier and hands it out again; it never
runs the core's rules. What it checks is shape, sizes and who may write where.

    db.py       the SQLite file: schema, opening, integrity check, transactions
    tokens.py   making, hashing and comparing access tokens
    people.py   ateliers, people and their tokens (used by admin.py and api.py)
    entries.py  the shape of journal entries and request bodies
    log.py      each atelier's ordered log, checkpoints, state hashes, long-poll waits
    blobs.py    each atelier's photos by SHA-256: files under DIR/blobs/, rows in the database
    limits.py   body sizes and per-token / per-address rate limits
    api.py      the /api/v1 routes
    admin.py    `serve.py admin ...`
"""
