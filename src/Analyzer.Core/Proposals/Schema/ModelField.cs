using System.Reflection;

namespace Analyzer.Core.Proposals.Schema;

/// <summary>
/// One field of the proposal model under the key the reader binds, with its path in the file's own names:
/// <c>instrument.binding</c>, or <c>decisions[].by</c> for the <c>by</c> of each decision.
/// </summary>
public sealed record ModelField(string Path, string Key, PropertyInfo Property, FieldShape Shape)
{
    /// <summary>The record a <see cref="FieldShape.Record"/> or <see cref="FieldShape.RecordList"/> field holds; null for the others.</summary>
    public Type? RecordType { get; init; }

    /// <summary>The path under which this field's own fields are named: <c>entities[]</c> for the items of a list.</summary>
    public string ChildPrefix => Shape == FieldShape.RecordList ? Path + "[]" : Path;
}
