using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JumioGen.Tests;

/// <summary>Keeps every log record (at every level) with its rendered message, state values and exception text.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyCollection<LogRecord> Records => _records.ToArray();

    public ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IEnumerable<LogRecord> Events(string eventName) => Records.Where(r => r.EventId.Name == eventName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToArray()
                : [];
            owner._records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

internal sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, string[] StateValues, string? Exception)
{
    /// <summary>Everything a log sink could write for this record.</summary>
    public string AllText => $"{Category} {Level} {EventId} {Message} {string.Join(" ", StateValues)} {Exception}";
}
