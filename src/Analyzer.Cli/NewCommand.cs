using System.CommandLine;
using System.Text;
using Analyzer.Cli.New;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Drafting;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Spectre.Console;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer new</c>: a guided questionnaire that drafts a proposal file. The questions go to a terminal (stderr,
/// so that <c>analyzer new &gt; draft.yaml</c> works); the YAML goes to <c>-o</c> or stdout, and only after the real
/// reader has read it back without an error.
/// </summary>
public static class NewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // 'terminal' is the console to ask on; null means this process's own terminal, if it has one.
    public static Command Create(TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write the draft to this .yaml or .yml file instead of printing it." };
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists." };
        var lang = new Option<string>("--lang") { Description = "Language of the questions and the file's comments.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");

        var command = new Command("new", "Draft a proposal by answering questions, each explained with the paper behind it.") { output, force, lang };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            var replace = parse.GetValue(force);
            if (path is not null && DraftFile.Check(path, replace) is { } unwritable)
            {
                stderr.WriteLine(unwritable);
                return ExitCodes.BadInput; // refused before the first question
            }
            if ((terminal ?? ProcessTerminal()) is not { Profile.Capabilities: { Interactive: true, Ansi: true } } console)
            {
                stderr.WriteLine(Problems.NewNeedsTerminal());
                return ExitCodes.BadInput;
            }

            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var prompter = new Prompter(console, language);
            var text = ProposalYamlWriter.Write(new Questionnaire(prompter).Walk(), language);
            var bytes = Utf8.GetBytes(text);

            // The draft must be what 'assess' will read: the real reader and validator judge it before it is written.
            var check = ProposalReader.Read(path ?? "(draft)", bytes);
            foreach (var problem in check.Problems)
            {
                stderr.WriteLine(problem);
            }
            if (!check.IsUsable)
            {
                stderr.WriteLine(Problems.DraftInvalid());
                return ExitCodes.BadInput;
            }
            if (path is null)
            {
                stdout.Write(text);
                return ExitCodes.Success;
            }
            try
            {
                DraftFile.Write(path, bytes, replace);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Problems.CannotWriteDraft(path, e.Message));
                return ExitCodes.BadInput;
            }
            stdout.WriteLine($"wrote {Printable.Escape(path)}");
            console.WriteLine();
            console.MarkupLine($"[green]{Markup.Escape($"{prompter.Say(DraftWords.Valid)} {path}")}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The questions need a person at a keyboard: stdin and stderr must both be a terminal. Stdout may be redirected,
    /// since the draft goes there. Spectre's own detection would also demand stdout, so interactivity is decided here.
    /// </summary>
    private static IAnsiConsole? ProcessTerminal()
    {
        if (Console.IsInputRedirected || Console.IsErrorRedirected)
        {
            return null;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        // A list hides the cursor while it is shown; Ctrl+C still ends the run (nothing is written), but not cursorless.
        Console.CancelKeyPress += (_, _) => console.Cursor.Show();
        return console;
    }
}
