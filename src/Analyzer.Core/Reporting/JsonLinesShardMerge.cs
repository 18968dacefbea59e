using System.Buffers;
using System.Text.Json;
using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Joins JSON Lines summaries: each shard's lines copied byte for byte, after checking that each is one object with
/// the members of the first row, in the same order, and a proposal id no other shard holds.
/// </summary>
internal static class JsonLinesShardMerge
{
    public static Diagnostic? Merge(IReadOnlyList<string> shards, Stream output, ShardIds ids)
    {
        (string Path, List<string> Members)? first = null;
        var line = new ArrayBufferWriter<byte>(4096);
        foreach (var shard in shards)
        {
            try
            {
                using var input = new FileStream(shard, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
                var number = 0;
                while (NextLine(input, line) is { } ended)
                {
                    number++;
                    if (!ended)
                    {
                        return Problems.MergeTruncated(shard, number);
                    }
                    var row = line.WrittenMemory[..^1]; // without its '\n'
                    if (Read(row.Span, out var members, out var id) is { } reason)
                    {
                        return Problems.MergeNotJsonObject(shard, number, reason);
                    }
                    first ??= (shard, members);
                    if (!members.SequenceEqual(first.Value.Members, StringComparer.Ordinal))
                    {
                        return Problems.MergeColumnsDiffer(shard, number, first.Value.Path);
                    }
                    if (ids.Claim(id, shard) is { } other)
                    {
                        return Problems.MergeDuplicateId(shard, number, id, other);
                    }
                    output.Write(line.WrittenSpan);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Problems.MergeUnreadable(shard, e.Message);
            }
        }
        return null;
    }

    /// <summary>Reads up to and including the next '\n' into <paramref name="line"/>: true when it ended so, false at a last line without one, null at the end.</summary>
    private static bool? NextLine(Stream input, ArrayBufferWriter<byte> line)
    {
        line.ResetWrittenCount();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            line.GetSpan(1)[0] = (byte)b;
            line.Advance(1);
            if (b == '\n')
            {
                return true;
            }
        }
        return line.WrittenCount == 0 ? null : false;
    }

    /// <summary>The row's member names in order and its proposal id; or why it is not a summary row.</summary>
    private static string? Read(ReadOnlySpan<byte> row, out List<string> members, out string id)
    {
        members = [];
        id = "";
        try
        {
            var json = new Utf8JsonReader(row);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return "it does not start with '{'.";
            }
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var name = json.GetString()!;
                members.Add(name);
                json.Read();
                if (name == "proposal_id" && json.TokenType == JsonTokenType.String)
                {
                    id = json.GetString()!;
                }
                json.Skip();
            }
            if (json.TokenType != JsonTokenType.EndObject || json.Read())
            {
                return "more than one object on the line.";
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException) // bad JSON, or text that is not UTF-8
        {
            return e.Message;
        }
        return id.Length == 0 ? "it has no string 'proposal_id'." : null;
    }
}
