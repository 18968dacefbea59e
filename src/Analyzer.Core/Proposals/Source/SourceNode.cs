using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals.Source;

/// <summary>A YAML or JSON value with where it stands in its file, so every later message can point at it.</summary>
public abstract record SourceNode(SourcePosition At);

/// <summary>A plain value; <see cref="IsNull"/> for YAML's <c>~</c>/empty and JSON's <c>null</c>.</summary>
public sealed record ScalarNode(SourcePosition At, string Text, bool IsNull, bool IsQuoted) : SourceNode(At);

/// <summary>A list of values.</summary>
public sealed record SequenceNode(SourcePosition At, IReadOnlyList<SourceNode> Items) : SourceNode(At);

/// <summary>Keys in file order, each with its own position.</summary>
public sealed record MappingNode(SourcePosition At, IReadOnlyList<MappingEntry> Entries) : SourceNode(At);

/// <summary>One key of a mapping and its value.</summary>
public sealed record MappingEntry(string Key, SourcePosition KeyAt, SourceNode Value);
