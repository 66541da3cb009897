namespace Attribution;

/// <summary>The universal part-of-speech tags of Universal Dependencies (UPOS).</summary>
public enum PartOfSpeech : byte
{
    /// <summary>Adjective: <c>big</c>, <c>first</c>.</summary>
    Adj,

    /// <summary>Adposition: <c>in</c>, <c>to</c>, <c>during</c>.</summary>
    Adp,

    /// <summary>Adverb: <c>very</c>, <c>tomorrow</c>, <c>where</c>.</summary>
    Adv,

    /// <summary>Auxiliary: <c>has</c> (done), <c>will</c>, <c>was</c> (done).</summary>
    Aux,

    /// <summary>Coordinating conjunction: <c>and</c>, <c>or</c>, <c>but</c>.</summary>
    Cconj,

    /// <summary>Determiner: <c>the</c>, <c>a</c>, <c>this</c>.</summary>
    Det,

    /// <summary>Interjection: <c>oh</c>, <c>yes</c>, <c>thanks</c>.</summary>
    Intj,

    /// <summary>Noun: <c>minister</c>, <c>talks</c>.</summary>
    Noun,

    /// <summary>Numeral: <c>1</c>, <c>2026</c>, <c>seven</c>.</summary>
    Num,

    /// <summary>Particle: possessive <c>'s</c>, <c>not</c>, infinitive <c>to</c>.</summary>
    Part,

    /// <summary>Pronoun: <c>she</c>, <c>myself</c>, <c>who</c>.</summary>
    Pron,

    /// <summary>Proper noun: <c>Lammy</c>, <c>Paris</c>.</summary>
    Propn,

    /// <summary>Punctuation: <c>.</c>, <c>,</c>, <c>“</c>.</summary>
    Punct,

    /// <summary>Subordinating conjunction: <c>that</c>, <c>if</c>, <c>while</c>.</summary>
    Sconj,

    /// <summary>Symbol: <c>$</c>, <c>%</c>, <c>:)</c>.</summary>
    Sym,

    /// <summary>Verb: <c>said</c>, <c>run</c>.</summary>
    Verb,

    /// <summary>Other: foreign words, typos, unanalysable tokens.</summary>
    X,
}
