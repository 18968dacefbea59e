using System.Security.Cryptography;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals.Source;

namespace Analyzer.Core.Proposals;

/// <summary>Reads one proposal file: size check, parse (YAML or JSON), bind, validate; all problems collected.</summary>
public sealed class ProposalReader
{
    /// <summary>1 MiB: a hand-written or generated proposal is a few KiB; anything this large is a mistake.</summary>
    public const long DefaultSizeLimit = 1024 * 1024;

    /// <summary>Problems reported per file; beyond them one line says how many more there are.</summary>
    public const int MaxProblemsShown = 100;

    private static readonly ProposalValidator Validator = new();
    private readonly long _sizeLimit;

    public ProposalReader(long sizeLimit = DefaultSizeLimit) => _sizeLimit = sizeLimit;

    public ProposalFile Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _sizeLimit)
            {
                return Failed(path, "", Problems.TooLarge(path, info.Length, _sizeLimit));
            }
            if (info.Length == 0)
            {
                // Pipes and devices report no length; opening a pipe would wait for a writer, so nothing is opened.
                return Failed(path, "", Problems.EmptyOrNotAFile(path));
            }
            if (ReadBounded(path, info.Length, _sizeLimit) is not { } read)
            {
                return Failed(path, "", Problems.TooLargeWhenRead(path, _sizeLimit));
            }
            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, "", Problems.Unreadable(path, e.Message));
        }
        return Read(path, bytes);
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes, whatever the file claimed to be; null when there is more. The
    /// buffer is the size the file states, so a batch reads each file in one call with one allocation; a file that
    /// grows or shrinks meanwhile is still read whole, as far as the limit.
    /// </summary>
    private static byte[]? ReadBounded(string path, long stated, long limit)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(stated, limit)];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
        {
            length += n;
        }
        if (length < buffer.Length)
        {
            return buffer[..length]; // it shrank
        }
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, length) == 0)
        {
            return buffer;
        }
        // It grew: go on in chunks until the end or the limit.
        var grown = new MemoryStream();
        grown.Write(buffer);
        var chunk = new byte[81920];
        while ((n = RandomAccess.Read(handle, chunk, grown.Length)) > 0)
        {
            grown.Write(chunk, 0, n);
            if (grown.Length > limit)
            {
                return null;
            }
        }
        return grown.ToArray();
    }

    public static ProposalFile Read(string path, byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var content = StripBom(bytes);
        if (content.Length == 0 || content.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return Failed(path, sha, Problems.EmptyFile(path));
        }

        var problems = new List<Diagnostic>();
        var root = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonSourceReader.Read(path, content, problems)
            : Utf8Text(path, content, problems) is { } text ? YamlSourceReader.Read(path, text, problems) : null;
        if (root is null)
        {
            return new ProposalFile { Path = path, Sha256 = sha, Problems = problems };
        }

        return FromTree(path, sha, root, problems);
    }

    /// <summary>
    /// Binds and checks a proposal already parsed: from a file, or written inline in another file (a design space's
    /// base), so its problems are located in that file. <paramref name="problems"/> holds any found while parsing.
    /// </summary>
    public static ProposalFile FromTree(string path, string sha, SourceNode root, List<Diagnostic> problems)
    {
        var map = new SourceMap();
        var proposal = ProposalBinder.Bind(path, root, map, problems);
        if (proposal is not null)
        {
            foreach (var failure in Validator.Validate(proposal).Errors)
            {
                problems.Add(Problems.At(path, map.At(ToSourcePath(failure.PropertyName)), failure.ErrorMessage));
            }
            if (problems.Count == 0 && DirectionCheck.Warn(path, proposal, map) is { } warning)
            {
                problems.Add(warning);
            }
        }
        var ordered = problems.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (ordered.Count > MaxProblemsShown)
        {
            // A generated file can be wrong 200,000 times over; the first problems say what to fix, the rest is noise.
            ordered = [.. ordered.Take(MaxProblemsShown), Problems.MoreProblems(path, ordered.Count - MaxProblemsShown)];
        }
        return new ProposalFile { Path = path, Proposal = proposal, Sha256 = sha, Map = map, Problems = ordered };
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file as text; invalid UTF-8 is a located error (never replaced by U+FFFD and passed on).</summary>
    internal static string? Utf8Text(string path, byte[] content, List<Diagnostic> problems)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            if (content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            {
                problems.Add(Problems.Utf16File(path)); // a byte order mark says which encoding it is
                return null;
            }
            var index = Math.Max(0, e.Index);
            var lineStart = Array.LastIndexOf(content, (byte)'\n', Math.Max(0, index - 1)) + 1;
            var line = content.AsSpan(0, lineStart).Count((byte)'\n') + 1;
            var column = StrictUtf8.GetCharCount(content, lineStart, index - lineStart) + 1;
            problems.Add(Problems.NotUtf8(path, new SourcePosition(line, column)));
            return null;
        }
    }

    /// <summary>FluentValidation names <c>Entities[1].MandatedBy[0]</c>; the file says <c>entities[1].mandatedBy[0]</c>.</summary>
    internal static string ToSourcePath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));

    internal static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static ProposalFile Failed(string path, string sha, Diagnostic problem) =>
        new() { Path = path, Sha256 = sha, Problems = [problem] };
}
