using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Cli;

/// <summary>Reads a JSON file named on the command line, or says on stderr why it cannot (missing file, or line:col).</summary>
internal static class CliJsonFile
{
    /// <param name="file">The file.</param>
    /// <param name="whatZh">What the file is, in Chinese (e.g. 答案), for the message.</param>
    /// <param name="whatEn">The same in English (e.g. answers).</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="json">The parsed document (null for the JSON literal null).</param>
    public static bool TryRead(FileInfo file, string whatZh, string whatEn, TextWriter stderr, out JsonNode? json)
    {
        json = null;
        if (!file.Exists)
        {
            stderr.WriteLine($"error: {file.FullName}: 找不到{whatZh}文件 / the {whatEn} file does not exist");
            return false;
        }

        try
        {
            json = JsonNode.Parse(File.ReadAllText(file.FullName));
            return true;
        }
        catch (JsonException ex)
        {
            stderr.WriteLine($"error: {file.Name}: {(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}: {whatZh}文件不是合法的 JSON / the {whatEn} file is not valid JSON");
            return false;
        }
    }
}
