"""Finding player mentions in a question's words, and choosing whom each one means.

Spans are matched longest first, on the words as typed and on their spelling corrections. A mention's
candidates compete on score (key kind x fame x match quality); names of other players in the question
lend their league to a close call ("Johnson vs Bird" is Magic), and a call still too close is left
ambiguous for the client to ask back rather than guessed.

A package, one module per rule family, so that the folder shows how a mention is read: ``finder`` matches
spans and runs the families in turn; ``everyday`` reads words as an everyday thing rather than a name;
``placement`` weighs the evidence that words sit where a name does; ``pairing`` settles mentions side by
side (families, "X or Y", generations); ``grammar`` and ``words`` are what the families share; ``model``
holds the types; ``resolution`` scores the candidates. Importers name the module that holds what they use.
"""
