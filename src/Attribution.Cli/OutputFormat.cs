namespace Attribution.Cli;

internal enum OutputFormat
{
    Text,
    Json,
    JsonLines,
}
