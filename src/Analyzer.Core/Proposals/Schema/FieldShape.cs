namespace Analyzer.Core.Proposals.Schema;

/// <summary>What a field of the model holds, as the reader binds it; the binder and the schema both dispatch on it.</summary>
public enum FieldShape
{
    /// <summary>Any scalar, kept as its text.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number (32-bit).</summary>
    WholeNumber,

    /// <summary>A finite number.</summary>
    Number,

    /// <summary>A list of scalars, each kept as its text.</summary>
    TextList,

    /// <summary>A mapping bound onto one of the model's records.</summary>
    Record,

    /// <summary>A list of mappings, each bound onto one of the model's records.</summary>
    RecordList,

    /// <summary>A mapping from keys to text.</summary>
    TextMap,
}
