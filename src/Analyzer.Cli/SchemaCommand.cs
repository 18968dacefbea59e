using System.CommandLine;
using System.Text;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals.Schema;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer schema</c>: the JSON Schema of the proposal format, generated from the model the reader binds, with the
/// criteria of the rule pack that read each field. <c>proposals/proposal.schema.json</c> is its output.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = PackOptions.Rules();
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of stdout." };
        var lang = new Option<string>("--lang") { Description = "Language of the field descriptions.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var command = new Command("schema",
            $"Print the JSON Schema of the proposal format ({Core.Proposals.Vocabulary.FormatV1}) for editors, with the criteria that read each field.")
        {
            rules, output, lang,
        };
        command.SetAction(parse =>
        {
            var (pack, problems) = RulePackLoader.Load(PackOptions.Locate(parse.GetValue(rules)).Rules);
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var schema = ProposalSchema.Write(pack.ReadersByField(), pack.Version, language);
            if (parse.GetValue(output) is not { } path)
            {
                stdout.Write(schema);
                return ExitCodes.Success;
            }
            try
            {
                File.WriteAllText(path, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Problems.CannotWriteSchema(path, e.Message));
                return ExitCodes.BadInput;
            }
            stdout.WriteLine($"wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
