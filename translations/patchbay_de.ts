<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Connect web APIs to each other.</source>
        <translation>Web-APIs miteinander verbinden.</translation>
    </message>
    <message>
        <source>A *.patchbay.json project to open.</source>
        <translation>Ein *.patchbay.json-Projekt, das geöffnet wird.</translation>
    </message>
    <message>
        <source>Where history, runs and the audit trail are kept.</source>
        <translation>Wo Verlauf, Läufe und Prüfprotokoll gespeichert werden.</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
</context>
<context>
    <name>patchbay</name>
    <message>
        <source>the CA file "%1" does not exist; give the path of the server's CA certificate (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CA file "%1" cannot be read (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CA file "%1" holds no certificate: a PEM file with "-----BEGIN CERTIFICATE-----" is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Checker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is below the minimum %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is above the maximum %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a field this takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has fewer than %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fits none of the shapes it may have</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::ConnectorCatalog</name>
    <message>
        <source>a connector is a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::CronExpression</name>
    <message>
        <source>"%1": the interval must be at least 1 and at most a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a schedule; use @hourly, @daily, @weekly, @monthly, @yearly, "every N minutes", or five cron fields such as "*/15 * * * *"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has %2 fields; a cron schedule has five: minute hour day-of-month month day-of-week, e.g. "30 6 * * 1-5" for 06:30 on weekdays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" in the %2 field of "%3" is not valid; it takes numbers from %4 to %5%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or JAN–DEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or SUN–SAT (0 and 7 are Sunday)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::CurlCommand</name>
    <message>
        <source>A quote is not closed; paste the whole command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a curl command; it should start with "curl".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a value after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header "%1" has no "Name: value" form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 reads a file; paste the file's content instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a second URL; Patchbay takes one request at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasted request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command turned certificate checks off; Patchbay keeps them on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::DataDir</name>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose another place with --data-dir or PATCHBAY_DATA_DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the data directory %1. Check that you may write to its parent folder, or choose another place with --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory %1 belongs to another user (%2). Patchbay keeps run history and locks there, so it must be yours alone: choose another place with --data-dir or PATCHBAY_DATA_DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others may read or change the data directory %1, and its access could not be limited to you. Run "chmod 700 %1", or choose another place with --data-dir.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::DeadLetterRetry</name>
    <message>
        <source>The project has no integration "%1".</source>
        <translation type="unfinished">Das Projekt hat keine Integration „%1“.</translation>
    </message>
    <message>
        <source>The integration has no target endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dead letter %1 (record %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it stopped before it reached a target (at a lookup, a branch or a map); run the integration from the beginning to read it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its target “%1” is no longer in the integration, or has no endpoint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::EnvSecretStore</name>
    <message>
        <source>No secret for %1: the environment variable %2 is not set (--secrets-from-env reads secrets from the environment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets cannot be stored while they come from environment variables (--secrets-from-env); set %1 in the environment of the process instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::FilterRule</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
</context>
<context>
    <name>patchbay::FlowProgram</name>
    <message>
        <source>the output "%1" has no condition yet; say which records go there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say under which name the answer is added to the record, e.g. "contact"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a wire from the branch "%1" must say which output it starts at (%2 or otherwise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the branch "%1" has no output "%2"; it has %3 and otherwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wires form a loop; records must flow from the source to the targets without coming back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition of output "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition of output "%1" gave %2, neither true nor false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" got an answer that is not JSON: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" got an answer without "%2" (its records path is "%3")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" found %2 records where it needs exactly one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the batch's key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the endpoint "%1" has no {{keys}} in its request: a batch puts its records' keys there, e.g. ?ids={{keys}} or WHERE Email IN ({{keys}})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say which field of a found record holds the key, e.g. "Email"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer cannot be added as "%1": the record is not an object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Formula</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write "and" to combine conditions ("&amp;" joins text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write "or" for either condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has no meaning here; text belongs in quotes, like "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this number cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text that starts here has no closing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this ")" has no "(" to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1; put an operator such as &amp; or + between values, or a comma between a function's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end of the formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the formula ends too early; %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the formula is nested too deeply (more than %1 levels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two comparisons in a row; combine them with and, e.g. a &lt; b and b &lt; c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a field name must follow "."</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inside [ ] put a position (0 for the first, -1 for the last), * for all, or a field name in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this "[" is not closed with "]"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the formula is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the formula ends too early; a value is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a closing ")" for the "(" at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a formula starts with a field name; ["odd name"] for names with spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1; a value, a field or a function is missing here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown function "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — did you mean "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — see the list of functions in docs/functions.md</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a ")" to close %1(</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes %2: %3; it got %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no lookup table "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; the project has: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; add one to the project first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add %1 to a number; to join text, use &amp; instead of +</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list of one value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list of %1 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the result is not a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text to find is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the separator is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the count must be a whole number of 0 or more, got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start is counted from 1 (the first character), got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the padding must be one character, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a "{" in the pattern is not closed with "}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decimal separator must be "." or ",", got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number of digits must be a whole number from -15 to 15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as "Europe/Oslo" or "America/New_York"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date; write dates as ISO 8601, e.g. "2024-03-05" or "2024-03-05T10:00:00Z", or read them with parseDate(text, pattern)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" does not match the pattern "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number of days must be whole; for hours, add days / 24 with toUnixTime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition is %1, neither true nor false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition gave %1, neither true nor false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the order must be "asc" or "desc", got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is neither true nor false (yes/no, 1/0, on/off work too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Http1Transport</name>
    <message>
        <source>the method is not a single word</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::HttpClient</name>
    <message numerus="yes">
        <source>Connection "%1" refuses requests at once: %n at a time from now on.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>patchbay::HttpExchange</name>
    <message>
        <source>Cancelled. %1 was not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting %1 s (%2)</source>
        <translation>wartet %1 s (%2)</translation>
    </message>
    <message>
        <source>rate limit of connection "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Tried %1 times.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was not sent again: a %1 without an idempotency key could be applied twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation>der Server bat, langsamer zu senden</translation>
    </message>
    <message>
        <source>retrying after a failure</source>
        <translation>neuer Versuch nach einem Fehler</translation>
    </message>
    <message>
        <source>Cancelled while waiting for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to %1 is larger than the limit of connection "%2" (%3 MB) and was cut off. Raise maxResponseBytes if such a reply is expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply from %1 within %2 s (the timeout of connection "%3"). The server may be overloaded or down; try again later, or raise timeoutMs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1: connection refused — nothing is listening there. Is the server running, and are the host and port right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a certificate of its own, add its CA certificate to the connection (TLS › CA file) rather than turning verification off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of the reply (after %2 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 was closed before a reply came.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected more than %2 times; stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected to a non-web address; not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2 redirect to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to %1 is not valid JSON (%2 bytes; cut off or garbled?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → 401, fetching a new access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry-After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x-ratelimit-reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The server asks to wait %2 s before trying again (%3), longer than the %4 s connection "%5" allows (retry › maxRetryAfterS). Try again later, or raise that limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Salesforce's API request limit is used up.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials of connection "%1" were refused; check them in the connection editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this; check the permissions (scopes) of the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the method is not a single word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 was not tried: %2 (connection "%3", TLS › CA file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 %2 to %3, a redirect without a Location header: it says the resource is elsewhere but not where. Check the endpoint's path and the connection's base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to %1 nests lists and objects more than 1,024 levels deep (%2 bytes). No API answers like that; it is not read, and not asked for again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>waiting for a free place (connection "%1" takes %n at once now)</source>
        <translation><numerusform>wartet auf einen freien Platz (Verbindung „%1“ nimmt jetzt %n gleichzeitig an)</numerusform><numerusform>wartet auf einen freien Platz (Verbindung „%1“ nimmt jetzt %n gleichzeitig an)</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::IntegrationGraph</name>
    <message>
        <source>Both ends of a wire must be nodes of this integration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A node cannot feed itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A target is the end of the line: records leave it for the API, nothing comes out of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source reads from its API: nothing can be wired into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These two nodes are already wired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already has an input; remove that wire first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That wire would make a loop: records would go round for ever.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the wire at one of the branch's outputs: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a branch has named outputs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Json</name>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key "%1" appears more than once in this object; remove all but one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not valid JSON (%1). Look for a missing comma, quote or bracket at or just before this point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists and objects are nested here more than %1 levels deep; no project, spec or record needs that. Is it the right file, or was it damaged?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::JsonReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 "%2"; expected %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (did you mean "%1"?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; remove it (Patchbay does not know what it means here)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::JsonRecordStream</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input ends inside the JSON array, after record %1; the closing "]" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after record %1 a comma or "]" should follow, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input ends inside record %1 of the JSON array</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for its password in a window you cannot see. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret is stored for %1 yet. Enter it in the connection editor, or store it with `patchbay-cli secret set`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access to %1 (%2). Unlock the keychain and allow Patchbay to use it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain is not available (%1). Patchbay keeps secrets only there, never in plain files. On a desktop, log in to a session with GNOME Keyring or KWallet running (or start it: `gnome-keyring-daemon --start --components=secrets`). On a server without a keychain, pass --secrets-from-env and provide each secret as PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::LookupRunner</name>
    <message>
        <source>the lookup "%1" has no endpoint "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" could not make its request: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup "%1" got %2 answers in a row that are not JSON (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" was refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup "%1" failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup "%1" could not make the record's key: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::McpServer</name>
    <message>
        <source>Parse error: the message is not JSON (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is %1 MB; this server takes at most %2 MB in one message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid request: batches of messages are not taken; send one message a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid request: a message is a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid request: the message has no "method".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid request: "jsonrpc" must be "2.0" and "method" a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid request: "id" must be a text or a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid params: "params" must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tools of the Patchbay project “%1”, chosen by its user. Tools that change data may wait for the user to allow them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 connected (protocol %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[The reply was cut to its first %1 of %2 characters.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{%1}} of the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON body sent to the API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read and map only; write nothing and change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends %1 %2 to the API of “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the integration “%1” and answers what it did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool's "name".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown tool: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the arguments must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid arguments for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An AI agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: refused, it needs a person's yes (start with --allow-confirmed to allow it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done: the user denied “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished">%1: %2 %3 {1:?}</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: running “%2”%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (dry run)</source>
        <translation type="unfinished"> (Probelauf)</translation>
    </message>
    <message>
        <source>The call was not written to the audit trail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>… (%1 characters more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not done: “%1” needs the user's confirmation, and no one could be asked: no Patchbay window is open on this computer. The user can open Patchbay and ask again, or start the server with --allow-confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waiting for the user's yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: refused, no Patchbay window answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waited %2 s for the connection's rate limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::OAuth2SignIn</name>
    <message>
        <source>No answer from the browser for connection "%1"; the sign-in was given up. Try again, and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in's redirect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchbay is signed in. You can close this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in of connection "%1" was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in of connection "%1" was refused: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in of connection "%1" came back without an authorization code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in of connection "%1" failed when exchanging the code for a token at %2: %3. Check the token URL and the client id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::OAuth2Tokens</name>
    <message>
        <source>Connection "%1" is not signed in (OAuth2 authorization code). Open the connection and press Sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not get an OAuth2 access token for connection "%1": %2 (TLS › CA file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetching an OAuth2 access token for connection "%1" from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token server %1 of connection "%2" answered an access token with a line break or another control character; it was not used, since it could add headers or a whole request of its own. Check the token URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not save the new refresh token of connection "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not get an OAuth2 access token for connection "%1" from %2: %3. Check the client id, the client secret and the token URL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::OpenApiImporter</name>
    <message>
        <source>the $ref "%1" leads nowhere in this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the $ref "%1" points into another file; only references inside the document are followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$refs that lead to each other in a circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a schema should be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an OpenAPI document is an object at the top; this is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swagger %1 is not known; read as 2.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAPI %1 is not known; read as 3.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither "openapi" nor "swagger" says which version this is; read as OpenAPI 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; the API is named after the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; set the variable {{host}} to the API's host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no server is given; set the variable {{base_url}} to the API's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is relative; set the variable {{base_url}} to the API's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an API key in "%1" is not supported; it is sent as a header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP authentication "%1" is not supported; the connection has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the OAuth2 flow "%1" is not supported; set up client credentials or authorization code by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the authorizationCode and clientCredentials flows are supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the security scheme type "%1" is not supported; the connection has no auth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing: the document describes no operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be an object of paths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path item should be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an operation should be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parameter without a name is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cookie parameters are not supported; "%1" is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown place "%1" for a parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing; the endpoint has no record schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>connection %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>endpoint %1: %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Postman</name>
    <message>
        <source>the collection holds the %1 itself; it goes to the keychain, not into the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the auth type "%1" is not supported; the connection has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request has no URL; left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a body of the kind "%1" (files, form data) is not supported; the request has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"item" should be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folders nested deeper than 32 levels are left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an item should be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an item with neither a request nor items is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a Postman collection: it has no "item" list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only collections of format 2.0 and 2.1 are known; read as 2.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postman collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the collection has no requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>patchbay::ProjectFile</name>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected text, or {"secret": true} for a value kept in the keychain; found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a secret must not be written into the project file; replace the value with {"secret": true} and store it in the keychain (connection editor, or `patchbay-cli secret set`), or refer to a secret variable as "{{name}}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected {"secret": true} or a "{{variable}}", found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth2 grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pagination style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON Schema object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record error policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a row of two texts, ["key", "value"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be read (%1); check its permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such file; check the name and folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the project: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a project file holds one JSON object, but this one holds %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required, but missing; is this a Patchbay project? A project file starts with "formatVersion": %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number such as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this project was saved by a newer version of Patchbay (file format %1); this version reads format %2. Update Patchbay to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the project: %1. Check that the folder exists and that you may write to it; the file on disk was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the project: %1. Is the disk full? The file on disk was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file is %1 MB; Patchbay opens project files of up to %2 MB. A project that large holds samples or schemas it does not need: remove the endpoints' samples (they can be fetched again), or split the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what to take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema change policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a webhook's secret refers to a secret variable, "{{name}}"; add one to the project's variables and write its name here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::ProjectValidator</name>
    <message>
        <source>another environment is already called "%1"; names must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid id; use letters, digits, "_", "." and "-" (starting with a letter or digit, at most 64 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another %1 already has the id "%2"; ids must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid variable name; start with a letter or "_", then use letters, digits, "_", "." or "-"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uses {{%1}}, which neither the project nor any environment defines; add it to the variables or pass --var %1=…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (did you mean {{%1}}?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a web address; write it like "https://api.example.com/v1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS certificate checks are off for this connection: anyone on the network path can read and change its traffic, secrets included. Configure a CA file instead if the server uses its own certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be smaller than baseDelayMs (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished">Endpunkt</translation>
    </message>
    <message>
        <source>there is no %1 with the id "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; known: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no endpoint chosen yet; the integration cannot run until it has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target field "%1" is mapped twice; keep one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no source node yet; the integration cannot run without one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no target node yet; the integration cannot run without one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown time zone "%1"; use an IANA name such as "Europe/Oslo" or "America/New_York"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a wire cannot lead from a node back into itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a target node only receives records; a wire cannot start at it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a source node only produces records; a wire cannot end at it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this wire from "%1" to "%2" is there twice; remove one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wires form a loop through "%1"; records must flow from a source to a target without coming back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another lookup table is already called "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key "%1" is in this table twice; a lookup needs unique keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target needs %1, which nothing maps; draw a line to it in the mapping editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; a header with a line break or another control character could add headers, or a whole request, of its own. Remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; secure requests of this connection fail until it is there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an %1 names the record it changes in the endpoint's path, e.g. /contacts/{{record.contact.Id}}; the path of "%2" has no {{record.…}}, so every record would change the same one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"otherwise" is the name of the output for the records no condition takes; call this one something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another output of this branch is already called "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no wire leaves "otherwise": records that no output takes end here (they are counted as left out, not lost)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a branch has named outputs; remove "fromPort" from this wire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the $ref "%1" is not followed: only the project's own schemas can be referred to, as "#/schemas/NAME"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no shared schema "%1"; its fields cannot be listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be a tool's name: use 1 to 64 letters, digits, _, - or . (no spaces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another agent tool is already called "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an agent tool sends one endpoint or runs one integration: give "endpoint" or "integration", not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 signature check needs the sender's signing secret; put it in a secret variable and write {{its_name}} here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::RecordPipeline</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a target path; write field names with dots and positions in brackets, e.g. address.city or tags[0]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter: the condition gave %1, neither true nor false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required, but the formula gave nothing (null)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::RequestBuilder</name>
    <message>
        <source>the auth of connection "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 of connection "%2" is not available (keychain key %3). Enter it in the connection editor or with `patchbay-cli secret set`, or provide it with --secrets-from-env.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint "%1" uses the connection "%2", which the project does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>endpoint "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the base URL of connection "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL of %1 is not a web address: "%2". It must start with http:// or https:// and name a host; check the base URL and the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the query parameter "%1" of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header "%1" of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid header name (%2); use letters, digits and -, without spaces or colons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::RunHost</name>
    <message>
        <source>The project has no integration "%1".</source>
        <translation>Das Projekt hat keine Integration „%1“.</translation>
    </message>
    <message>
        <source>“%1” is already running.</source>
        <translation>„%1“ läuft bereits.</translation>
    </message>
    <message>
        <source>Runs are kept in %1, which cannot be opened: %2</source>
        <translation>Läufe werden in %1 gespeichert, das sich nicht öffnen lässt: %2</translation>
    </message>
</context>
<context>
    <name>patchbay::RunStore</name>
    <message>
        <source>The process running it stopped without finishing it (killed, or the machine went down). The next run resumes from the last checkpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no run %1 in this data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving delivered records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SampleTrial</name>
    <message>
        <source>There is no integration "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration has mistakes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Scheduler</name>
    <message>
        <source>the previous run is still going</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SchedulingHost</name>
    <message>
        <source>%1 has errors: check it with `patchbay-cli validate %1`</source>
        <translation>%1 hat Fehler: prüfen Sie es mit `patchbay-cli validate %1`</translation>
    </message>
</context>
<context>
    <name>patchbay::SchemaDrift</name>
    <message>
        <source> (record %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was %2, now %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new field %1 (%2)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint “%1” has no record schema that lists fields: there is nothing to accept a change into. Give it one (import its API description, or take the fields from a sample) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 is not in the record schema of “%2” (any more): its change cannot be accepted. Look at the endpoint's schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes %2 as well as %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target now requires %1, which the integration does not write%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SourceReader</name>
    <message>
        <source>the reply has no "%1" (the endpoint's records path is "%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reply is not a list of records; set the endpoint's records path to where the list is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" in the reply is not a list of records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page at %1 is not valid JSON (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page at %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 %2 to %3, which is not a page of records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped after %1 pages, the endpoint's maxPages, although the API said there was more; the next run goes on from there. Raise pagination.maxPages if that many pages are expected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SpecChange</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key %1 in the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished">Abfrage</translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bearer token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user name and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth 2 (%1, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authorization code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scopes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new endpoint (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>endpoint removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 header %2 added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 query parameter %2 added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header %1 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query parameter %1 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 added (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 renamed %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is now required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is no longer required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was %3, now %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 takes fewer values: %3 (was %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 takes more values: %3 (was %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the records are now at “%1” in the reply (were at “%2”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-in changed: %1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server changed: %1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integration “%1”, node %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integration “%1”, line %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no connection “%1”. Name one of its connections: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection “%1” was not imported from an OpenAPI document (it has no spec origin), so there is nothing to compare the new spec with. Import the spec as a new connection instead, and move the integrations over to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing could be read from the new spec (see the problems listed); the connection “%1” is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no connection “%1” any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no change %1; the changes are numbered 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” no longer fits the project (it was changed since the comparison); compare again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec of “%1”, %2, is not there any more; nothing to compare with. Import it again from where it is now (Update from Spec…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SpecDocument</name>
    <message>
        <source>the document expands to more than %1 values (through YAML aliases); it is refused so that it cannot fill the memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested more than %1 levels deep (through YAML aliases)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a key that is not text (a list or a map as a key) is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key "%1" appears more than once in this map; remove all but one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document nests lists and maps more than %1 levels deep; no API description needs that — is it the right file?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Store</name>
    <message>
        <source>Cannot create the Patchbay database %1: %2. Check that you may write to the data directory, or choose another with --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is locked by another program and stayed locked for %3 s (%4). Close other programs that use it (another Patchbay, a database browser) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the disk that holds %2 is full (%3). Free some space and try again; nothing already stored was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is damaged (%3). Nothing was changed. Move the file aside (keep it: it holds your run history and checkpoints) and Patchbay will start a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: Patchbay may not write to %2 (%3). Check the permissions of the file and its folder, or choose another data directory with --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the disk reported an error while using %2 (%3). Check the disk and that there is free space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed in the Patchbay database %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting up the database (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the database (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Patchbay database %1 could not be set up safely: %2 is %3, expected %4. Is the data directory on a network drive? Use a local folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the database version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Patchbay database %1 was written by a newer version of Patchbay (schema %2; this version knows up to %3). It was not changed. Update Patchbay, or use another data directory with --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving to the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not follow the entry before it (its link was changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) would break references between its tables; nothing was changed. Keep a copy of %3 and report this.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SyncRun</name>
    <message>
        <source>The project has no integration "%1".</source>
        <translation type="unfinished">Das Projekt hat keine Integration „%1“.</translation>
    </message>
    <message>
        <source>The integration "%1" has no source endpoint; choose one on its source node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration "%1" has no target endpoint; choose one on its target node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration's formulas have mistakes: %1</source>
        <translation type="unfinished">Die Formeln der Integration enthalten Fehler: %1</translation>
    </message>
    <message>
        <source>The integration "%1" is already running (process %2 on %3); a second run at the same time could send records twice. Wait for it to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resuming from the checkpoint at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading what changed since %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be mapped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the source failed: %1 The checkpoint is kept; the next run resumes from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1: %2 read, %3 written, %4 dead letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; what the target acknowledged is committed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing to the target failed: %1 What was acknowledged is committed; the next run resumes from the last checkpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped at a record the target refused, as the integration says (onRecordError: stop). It is among the dead letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of the source could not be read again for mapping: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration changed between full and incremental reading since the last run stopped; reading from the beginning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last run stopped part-way; reading everything once (what was delivered is skipped), then only what changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read nothing: no record changed since %1 (run %2 read %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read nothing, though run %1 read %2 records. If records are expected, send the source endpoint in the request console and look at what it answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target "%1" of the integration "%2" has no endpoint; choose one on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup "%1" of the integration "%2" has no endpoint; choose the one that finds what it looks up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration "%1" has no target; add one and wire it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration's formulas or wires have mistakes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped at “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record ?: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 What the targets acknowledged is committed; the next run resumes from the last checkpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled while waiting to go on; what the target acknowledged is committed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This may pass: going on from the checkpoint in %n second(s) (%1 of %2).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>the service failed; going on in %n second(s) (%1 of %2)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Going on from the checkpoint (%1 of %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema drift on page %1 of this run: %2 — the integration reads this field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema drift on page %1 of this run: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused before writing page %1 of this run: the source's records no longer match what the integration reads — %2. Nothing of that page was written; the checkpoint is kept. Accept the new schema and fix the mapping, then run again: it goes on from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: %1. Nothing more was sent; the refused record is among the dead letters, and what the target took before is committed. Map the field in the integration, then run again and retry the dead letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing the webhook events waiting in the inbox.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::SyncSummary</name>
    <message>
        <source>The run failed.</source>
        <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were sent before it stopped; the next run goes on from there.</source>
        <translation><numerusform>%n Datensatz wurde gesendet, bevor er anhielt; der nächste Lauf macht dort weiter.</numerusform><numerusform>%n Datensätze wurden gesendet, bevor er anhielt; der nächste Lauf macht dort weiter.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s).</source>
        <translation><numerusform>%n Datensatz gesendet.</numerusform><numerusform>%n Datensätze gesendet.</numerusform></translation>
    </message>
    <message>
        <source>Nothing new since %1 — nothing sent.</source>
        <translation>Nichts Neues seit %1 — nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing sent: the source had no records.</source>
        <translation>Nichts gesendet: die Quelle hatte keine Datensätze.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the %n record(s) to send were all sent before, unchanged.</source>
        <translation><numerusform>Nichts Neues: der %n zu sendende Datensatz wurde schon unverändert gesendet.</numerusform><numerusform>Nichts Neues: die %n zu sendenden Datensätze wurden alle schon unverändert gesendet.</numerusform></translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>Nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the filter.</source>
        <translation><numerusform>%n vom Filter ausgelassen.</numerusform><numerusform>%n vom Filter ausgelassen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n were sent before, unchanged, and not sent again.</source>
        <translation><numerusform>%n wurde schon unverändert gesendet und nicht noch einmal.</numerusform><numerusform>%n wurden schon unverändert gesendet und nicht noch einmal.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see them in Runs, where they can be sent again.</source>
        <translation><numerusform>%n fehlgeschlagen: siehe „Läufe“, dort kann er erneut gesendet werden.</numerusform><numerusform>%n fehlgeschlagen: siehe „Läufe“, dort können sie erneut gesendet werden.</numerusform></translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation>Nichts ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>It had gone on %n time(s) after the service failed.</source>
        <translation><numerusform>Er war nach einem Ausfall des Dienstes %n Mal weitergelaufen.</numerusform><numerusform>Er war nach Ausfällen des Dienstes %n Mal weitergelaufen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The service failed on the way; the run went on from where it stopped (%n time(s)).</source>
        <translation><numerusform>Der Dienst fiel unterwegs aus; der Lauf ging dort weiter, wo er stehen geblieben war (%n Mal).</numerusform><numerusform>Der Dienst fiel unterwegs aus; der Lauf ging dort weiter, wo er stehen geblieben war (%n Mal).</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::TemplateRenderer</name>
    <message>
        <source>{{%1}} in %2 refers to the record being sent, but there is none here; it works in a target endpoint of an integration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown variable {{%1}} in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Did you mean {{%1}}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Define it in the project's variables or the environment, or pass --var %1=….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret variable {{%1}} in %2 has no value: store it in the keychain (key %3) or provide it with --secrets-from-env.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains a line break. A header value with a line break could add headers of its own, so it is refused; remove the line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains a line break (from a variable's value). A header value with a line break could add headers of its own, so the request was not sent; remove the line break from the value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{%1}} in %2 has no value in this record, and the path needs one; map the field, or send such records another way with a branch.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::Templates</name>
    <message>
        <source>Stripe payments → Salesforce contacts</source>
        <translation>Stripe-Zahlungen → Salesforce-Kontakte</translation>
    </message>
    <message>
        <source>Each successful payment in Stripe becomes a contact in Salesforce, with the payer's name and e-mail and what was paid.</source>
        <translation>Jede erfolgreiche Zahlung in Stripe wird ein Kontakt in Salesforce, mit Name und E-Mail der zahlenden Person und dem Betrag.</translation>
    </message>
    <message>
        <source>Shopify orders → Google Sheets</source>
        <translation>Shopify-Bestellungen → Google Sheets</translation>
    </message>
    <message>
        <source>Each paid Shopify order becomes a row of a spreadsheet: order, e-mail, total, currency, date.</source>
        <translation>Jede bezahlte Shopify-Bestellung wird eine Zeile einer Tabelle: Bestellung, E-Mail, Summe, Währung, Datum.</translation>
    </message>
    <message>
        <source>GitHub issues → Slack</source>
        <translation>GitHub-Issues → Slack</translation>
    </message>
    <message>
        <source>Each open issue of a GitHub repository is posted to a Slack channel with its number, title and link.</source>
        <translation>Jedes offene Issue eines GitHub-Repositorys wird mit Nummer, Titel und Link in einen Slack-Kanal gepostet.</translation>
    </message>
    <message>
        <source>The connector catalog has no “%1”; the template “%2” cannot be made.</source>
        <translation>Der Connector-Katalog hat kein „%1“; die Vorlage „%2“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The connectors of the template “%1” lack the endpoints it uses.</source>
        <translation>Den Connectoren der Vorlage „%1“ fehlen die Endpunkte, die sie verwendet.</translation>
    </message>
</context>
<context>
    <name>patchbay::WebhookInbox</name>
    <message>
        <source>Keeping webhook events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping a webhook event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no webhook event %1 in the inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The webhook event %1 was %2 (%3); only events that were accepted can be processed again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::WebhookListener</name>
    <message>
        <source>Patchbay is still reading this webhook's secret; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret of the webhook "%1" cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secret of the webhook "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchbay is stopping; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No webhook here: %1 names no integration whose source is a webhook. Copy the URL from the integration's source node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: webhooks are under /hooks/&lt;project&gt;/&lt;integration&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A webhook takes POST, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body has %1 bytes; this webhook takes at most %2 KB (its source node's maximum).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inbox of this webhook is full (%1 events wait); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is JSON but not one object (an event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook events cannot be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchbay cannot keep the event now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery was refused: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery was kept but cannot be processed: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::WebhookVerdict</name>
    <message>
        <source>its timestamp "%1" is not a number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its timestamp is %1 seconds away from this machine's clock, more than the %2 allowed: an old delivery sent again, or a clock that is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Stripe-Signature header is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Stripe-Signature header has no t=… or no v1=…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Stripe signature is not fresh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no v1 signature of the Stripe-Signature header matches; check that the signing secret (whsec_…) is this endpoint's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Hub-Signature-256 header is missing (set a secret on GitHub's webhook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Hub-Signature-256 header does not start with sha256=</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Hub-Signature-256 signature does not match; check the webhook's secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Slack-Request-Timestamp or X-Slack-Signature header is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Slack signature is not fresh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Slack-Signature does not match; check the app's signing secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a webhook-id, webhook-timestamp or webhook-signature header is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the webhook signature is not fresh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no v1 signature of the webhook-signature header matches; check the secret (whsec_…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 header with the shared token is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token in the %1 header is not this webhook's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this webhook has no signing secret to check with; set its secret variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown signature check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::cli</name>
    <message>
        <source>Where the run history and checkpoints live (default: ~/.local/share/patchbay, or PATCHBAY_DATA_DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read secrets from PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt; environment variables instead of the system keychain (for servers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a project variable for this command; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: patchbay-cli [global options] COMMAND [arguments]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchbay connects web APIs to each other. patchbay-cli runs its projects from scripts and on servers, without a window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what a command does and how to call it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (network, a non-2xx reply, a failed run), 2 wrong command line or project, 130 cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: patchbay-cli %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--var expects NAME=VALUE with a valid variable name, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See: patchbay-cli help %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See: patchbay-cli --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>valid — %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation type="unfinished">
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Check a project file and list every problem in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads FILE (a *.patchbay.json project) and lists every problem at once, each as
"FILE: error: path: message", where path is the place in the file, e.g.
connections[1].auth.type. Warnings do not make a project invalid.

Exit code: 0 valid, 2 not valid (or not readable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has errors; fix them before formatting it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is formatted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in Patchbay's canonical format; run patchbay-cli format %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was already formatted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewrite a project file in the canonical layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchbay writes projects with a fixed key order and a 2-space indent, so that they
diff well in git. format rewrites a hand-edited FILE that way (atomically); with
--check it only says whether FILE is already formatted (exit 0) or not (exit 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only check; change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action "%1"; expected set or delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 PROJECT CONNECTION FIELD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no connection "%1"; it has: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection "%1" uses auth type %2, which has no secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a secret of the connection "%2" (auth type %3); its secret fields are: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the secret %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of %1 for the connection "%2" (not shown):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no value on standard input; pipe it in, e.g. `printf %s "$TOKEN" | patchbay-cli secret set …`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored the secret %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store or delete a connection's secret in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set reads the value from standard input — never from the command line, where other
users could see it in the process list — and stores it in the system keychain under
the key PROJECT-ID/CONNECTION/FIELD. delete removes it.

FIELD is the secret of the connection's auth type: key (apiKey), token (bearer),
password (basic), clientSecret or refreshToken (oauth2).

Example: printf %s "$CRM_TOKEN" | patchbay-cli secret set demo.patchbay.json crm token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action "%1"; expected verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail in %1 is BROKEN at entry %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The audit trail in %1 is intact: %n entry(s), each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Check that the audit trail is complete and unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every line of the audit trail (what data went where, and when) carries the SHA-256
hash of its own content and of the line before it. verify walks the whole trail and
reports the first line that is missing or was changed.

Exit code: 0 intact, 1 broken or unreadable.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s), listed above; fix, then try again (patchbay-cli validate %1)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Use the variables of this environment of the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no environment "%1"; it has: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no endpoint "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; it has: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the request was not added to the history: </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Send an endpoint's request and show the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds the request of ENDPOINT from PROJECT (variables from --var, the environment and
the project; secrets from the keychain, or the environment with --secrets-from-env),
sends it with the connection's auth, retries and rate limit, and prints the status
line, the headers and the body (pretty-printed when it is JSON). Secrets are masked as
•••• everywhere, and the request is added to the history, masked too.

--json prints one object: url, method, status, reason, headers, body, duration_ms,
attempts, size (and error).

Exit code: 0 for a 2xx reply, 1 for any other status or a network failure, 2 for a
wrong command line or project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the reply as one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show each attempt, wait and redirect on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print an endpoint's request as a cURL command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the request that `send` would send, as a cURL command for a shell. Credentials
and secret values are masked as •••• unless --reveal is given (then they are read from
the keychain, and the command holds them in clear: do not paste it where others see it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the secrets in clear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no connection "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection "%1" does not sign in through a browser (it is not OAuth2 with the authorization code grant); store its secret with `secret set`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this address in a browser and sign in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the server gave no refresh token, so Patchbay cannot stay signed in. Ask for offline access in the scope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to "%1"; the refresh token is in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to an OAuth2 connection in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a connection with OAuth2's authorization code grant: prints an address to open in a
browser, waits for the sign-in to come back to 127.0.0.1 (PKCE, RFC 8252), and keeps the
refresh token in the keychain. Later requests use it to get access tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give up after this many seconds (300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the requests sent by hand, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the request history of the data directory: time, status, method, URL and duration.
Secrets were masked before anything was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many (20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no integration "%1"; it has: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish writing %1 (is the disk full?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the output to %1 (is the disk full, or the reader gone?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mapped, %2 filtered out, %3 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run an integration's filter and mapping over records from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads records — a JSON array, or JSON Lines (one record a line) — from --in (default:
standard input), runs the integration's filter and map nodes over each, and writes one
mapped record a line to --out (default: standard output). Records are read one at a
time, so memory stays flat whatever the size.

A record that fails is reported on stderr as "record N, field F: message" and the
others go on. Exit code: 0 all mapped (or filtered out), 1 some failed, 2 a wrong command
line, project or formula.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read records from FILE ('-': standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write mapped records to FILE ('-': standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the counts at the end (always on a terminal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pages · %2 read · %3 written · %4 skipped · %5 records/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling; committing what was acknowledged…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run (nothing written, nothing changed) %1 in %2 s: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 %2 in %3 s: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 read, %2 filtered out, %3 written, %4 skipped as already delivered, %5 dead letters; %6 requests, %7 retries, %8 s waiting on rate limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RUN_ID is a number; see patchbay-cli runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 of %2 / %3 (%4): %5, started %6, %7 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integration has no target endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dead letters to send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent again and accepted, %2 still refused.</source>
        <translation type="unfinished">%1 erneut gesendet und angenommen, %2 weiterhin abgelehnt.</translation>
    </message>
    <message>
        <source>Run an integration: read the source, map, write the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read and map only; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the run's events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the runs, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each run with its trigger, status, counts and duration. A run whose process died shows as crashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this integration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one run's events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the records the target refused again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maps each dead letter's source record again (so a fixed mapping applies) and sends it.
Accepted ones are marked resolved; refused ones stay, with the new message.
Exit code: 0 all accepted, 1 some still refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped %1 / %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>stopping: cancelling %n run(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>skipping a project with errors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 project(s), %2 schedule(s)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 of %2/%3 %4: %5 read, %6 written, %7 dead letters%8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting %1/%2 (schedule %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--workspace DIR is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another scheduler already runs the schedules of %1 (%2, process %3 on %4); only one may, or integrations would run twice. Stop it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopping (signal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run every enabled schedule of every project in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of projects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind of import "%1"; expected openapi (also for Swagger 2.0) or postman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--environment is for Postman imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say where the import goes: --into PROJECT or --out NEW.patchbay.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; use --into to add to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has errors; fix them before importing into it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%2 %3): %n endpoints in %4 groups written to %5</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The collection holds the secret variable %1; its value was left out. Enter it in Patchbay's environment editor, which keeps it in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection holds the %1 of %2; it was left out. Keep it in the keychain: patchbay-cli secret set %3 %2 %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s): see above</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>unknown kind of export "%1"; expected postman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say where the collection goes: --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1 as a Postman collection (v2.1); secret values are variables without values</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export a project's endpoints as a Postman collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the endpoints as a Postman collection (format 2.1), folders by group, with the
environment's variables; each connection's base URL is the variable &lt;connection&gt;_base_url.
Secrets are not exported: they become variables without values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an OpenAPI 3 / Swagger 2 spec or a Postman collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new project here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Postman environment file whose values to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patchbay-cli: --from-beginning changes where the next run starts, and a --dry-run changes nothing; use one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read everything again, from the first page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--resumes takes a number from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--resume-pause takes seconds, from 0.1 to 3600</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It went on from its checkpoint %n time(s) after faults that may pass.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Go on after a fault that may pass this many times (default 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds before going on the first time (default 30; doubles).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot run %1/%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed but has errors; the tools stay as they were:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>serving %n tool(s) of %1 on stdin/stdout</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Serve the project's agent tools to an AI agent (MCP over stdio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs a Model Context Protocol server on stdin and stdout for an AI agent's client: the
project's agent tools (its "agentTools": chosen endpoints and integrations) and nothing
else. One JSON-RPC message a line; stdout carries only protocol messages, the log goes
to stderr. Secrets come from the keychain (or the environment with --secrets-from-env)
and never appear in what the agent sees. Every call is an entry in the audit trail.

A tool marked "confirm" needs a person's yes: the Patchbay window open on the same
data directory asks "Allow" or "Deny". With no window open it is refused, unless
--allow-confirmed is given. When the project file is saved again, the client is told
that the tools changed. The server ends when stdin ends.

See docs/agents.md for connecting a client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the tools that need confirmation without asking anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the source page by page, filters and maps every record, skips records already
delivered with the same content, and sends the rest with idempotency keys. After each
page the checkpoint is committed: a run that is killed resumes from it, losing nothing.
Records the target refuses become dead letters (see retry-dead-letters).

On a terminal, a progress line shows on stderr. Ctrl-C or SIGTERM cancels cleanly.
--dry-run reads and maps but writes nothing and changes nothing, and prints the first
mapped records. --from-beginning reads everything again, not only what changed since the
last run (records delivered with the same content are still not sent twice). --json
prints the summary as one object.

A run that stops on a fault that may pass (the service down, timeouts, 5xx or 429 past the
connection's retries) goes on from its checkpoint by itself, as the same run: --resumes
times (default 3), after a pause of --resume-pause seconds (default 30) that doubles each
time. --resumes 0 ends it at once.

A run pauses before writing a page whose records no longer match what the integration
reads (a field renamed, or of another type; the integration's onSchemaChange): the
checkpoint stays, and the run's log says what changed.

Exit code: 0 succeeded, 1 partial or failed, 2 a wrong command line or project,
3 paused on a schema change, 130 cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no integration “%1”. It has: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--accept needs the integration whose new schema to accept: drift PROJECT INTEGRATION --accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its last run saw no schema change; nothing to accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the record schema of “%2” now takes what run %3 saw:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1. Fix the mappings that read a changed field, then run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no schema change in its last run (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its last run (%2, %3) saw:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(!: breaks what the integration reads. Accept: patchbay-cli drift %1 %2 --accept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the new schema of INTEGRATION's source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has errors; fix them before updating a connection in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--apply takes "all" or the numbers of changes (1 to %1), separated by commas; "%2" is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) already matches %3: no changes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 (%2) from %3 (%4), %5 breaking:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>BREAKING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>affects %1</source>
        <translation type="unfinished">trifft %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Apply them with --apply all, or some with --apply 1,3 (their numbers).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) applied; saved %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>--update re-imports an OpenAPI spec onto a connection of a project: import openapi SPEC --into PROJECT --update CONNECTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--apply and --json go with --update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes a connection (base URL and auth from the spec) and one endpoint per operation, with
parameters as {{variables}}, body templates, record schemas and samples. --into adds them to
a project (ids made unique); --out writes a new one. What the spec gets wrong is listed as
`JSON path: problem`; everything sound is imported. A Postman collection (format 2.1 or 2.0)
gives a connection per server and auth, endpoints grouped by folder, and its variables; with
--environment, a Postman environment's values too.

--update compares a newer version of the spec a connection was imported from with the
connection and its endpoints, and lists the changes, numbered, each breaking or not (an
endpoint removed, a required parameter or request field added, a response field removed or
renamed, a type changed, fewer values in a request, the sign-in or the server changed), with
the integrations and mapping lines a breaking one affects. Nothing is changed until --apply
all, or --apply with the numbers of some; the connection then remembers the new spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the spec with this connection of PROJECT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --update: apply all changes, or those numbered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --update: print the changes as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: matches its spec %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) in its spec %2 not applied yet, %3 breaking:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>(apply: patchbay-cli import openapi %1 --into %2 --update %3 --apply all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show how sources and specs changed shape; accept the new schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists what the last run of each integration (or of INTEGRATION) saw differ from its
source's record schema: fields of another type, fields missing, new fields; those marked !
break what the integration reads (a run pauses on them: docs/sync.md, "Schema drift").

--accept makes the source endpoint's record schema take what the last run of INTEGRATION
saw, beside what it took before (old records may still come): a changed type takes both,
a new field is added, a missing one is no longer required. The project file is saved.
Then fix the mappings that read a changed field, and run again: the run goes on from its
checkpoint.

It also lists the changes pending in each connection's spec: the OpenAPI document the
connection was imported from, read again and compared (as import openapi --update does).
--json prints {"integrations": [...], "specChanges": [...]}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting %1/%2 (webhook events)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--webhooks takes ADDRESS:PORT, e.g. 127.0.0.1:8790 (port 0 picks a free one), not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--webhook-cert and --webhook-key go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen for webhooks on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webhooks listening on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webhooks answer on %1, not only on this machine: anyone who can reach it may send events (they are still checked by each webhook's signature)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads every *.patchbay.json in DIR and runs the integrations whose schedule is enabled, on
time, in their time zones. A project file that changes is read again. A run still going
when it is due again is skipped; a run missed while the machine slept runs once on wake.
Only one scheduler per data directory may run. SIGTERM (or Ctrl-C) stops it cleanly:
running runs are cancelled and commit what was acknowledged. A systemd user unit is in
packaging/patchbay-daemon.service.
With --webhooks it also listens for webhook events (first line on stdout: "webhooks
listening on URL"); each integration whose source is a webhook takes POSTs at
URL/hooks/&lt;project&gt;/&lt;integration&gt;, keeps each event before it answers, and runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen for webhook events on ADDRESS:PORT (127.0.0.1:0 picks a port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve webhooks over TLS with this certificate (PEM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate's private key (PEM).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::http</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a header has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header name "%1" has %2 at position %3 (a name has only letters, digits and !#$%&amp;'*+-.^_`|~)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a character it cannot have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of header "%1" has %2 at position %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was not sent: %1. A header with a line break or another control character could add headers, or a whole request, of its own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchbay::ui</name>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not secure (TLS)</source>
        <translation>Nicht sicher (TLS)</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Kein JSON</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent (unsafe header)</source>
        <translation>Nicht gesendet (unsicherer Header)</translation>
    </message>
    <message>
        <source>Nested too deep</source>
        <translation>Zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::AgentAccessEditor</name>
    <message>
        <source>Agent may use</source>
        <translation>Agent darf nutzen</translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation>Werkzeugname</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Zuerst fragen</translation>
    </message>
    <message>
        <source>Description for the agent</source>
        <translation>Beschreibung für den Agenten</translation>
    </message>
    <message>
        <source>&lt;b&gt;For an MCP client&lt;/b&gt; (Claude Desktop, an editor's assistant…): add this server to its configuration. Secrets come from the system keychain.</source>
        <translation>&lt;b&gt;Für einen MCP-Client&lt;/b&gt; (Claude Desktop, den Assistenten eines Editors …): fügen Sie diesen Server seiner Konfiguration hinzu. Geheimnisse kommen aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The configuration is on the clipboard.</source>
        <translation>Die Konfiguration ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent calls&lt;/b&gt; (from the audit trail, newest first)</source>
        <translation>&lt;b&gt;Aufrufe von Agenten&lt;/b&gt; (aus dem Prüfprotokoll, neueste zuerst)</translation>
    </message>
    <message>
        <source>Run “%1”</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <source>Let AI agents use “%1”</source>
        <translation>KI-Agenten „%1“ nutzen lassen</translation>
    </message>
    <message>
        <source>Take “%1” from AI agents</source>
        <translation>„%1“ den KI-Agenten entziehen</translation>
    </message>
    <message>
        <source>Ask first before an agent uses “%1”</source>
        <translation>Zuerst fragen, bevor ein Agent „%1“ nutzt</translation>
    </message>
    <message>
        <source>Let an agent use “%1” without asking</source>
        <translation>Einen Agenten „%1“ ohne Nachfrage nutzen lassen</translation>
    </message>
    <message>
        <source>Describe the agent tool “%1”</source>
        <translation>Das Agenten-Werkzeug „%1“ beschreiben</translation>
    </message>
    <message>
        <source>Save the project first: an MCP client starts Patchbay with the project's file.</source>
        <translation>Speichern Sie das Projekt zuerst: Ein MCP-Client startet Patchbay mit der Projektdatei.</translation>
    </message>
    <message>
        <source>Tick what an AI agent may use through Patchbay's MCP server — nothing else of this project is reachable for it, and no secret. A tool that asks first waits for your yes in Patchbay on each call (with Patchbay closed, the call is refused); let only tools that read run without asking.</source>
        <translation>Kreuzen Sie an, was ein KI-Agent über den MCP-Server von Patchbay nutzen darf – nichts anderes aus diesem Projekt ist für ihn erreichbar, und kein Geheimnis. Ein Werkzeug, das zuerst fragt, wartet bei jedem Aufruf auf Ihr Ja in Patchbay (ist Patchbay geschlossen, wird der Aufruf abgelehnt); lassen Sie nur lesende Werkzeuge ohne Nachfrage laufen.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::AgentQuestions</name>
    <message>
        <source>An AI agent asks</source>
        <translation>Ein KI-Agent fragt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to use “%2” of the project “%3”:&lt;br&gt;&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte „%2“ aus dem Projekt „%3“ nutzen:&lt;br&gt;&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Allow it only if you asked the agent for this. The details show what it sends.</source>
        <translation>Erlauben Sie es nur, wenn Sie den Agenten darum gebeten haben. Die Details zeigen, was er sendet.</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::CanvasAccessible</name>
    <message>
        <source>output port of “%1”</source>
        <translation>Ausgang von „%1“</translation>
    </message>
    <message>
        <source>input port of “%1”</source>
        <translation>Eingang von „%1“</translation>
    </message>
    <message>
        <source>Records leave the node here: a wire from here goes to the next node.</source>
        <translation>Hier verlassen die Datensätze den Knoten: eine Verbindung von hier führt zum nächsten Knoten.</translation>
    </message>
    <message>
        <source>Records come into the node here, from the wire of the node before.</source>
        <translation>Hier kommen die Datensätze in den Knoten, über die Verbindung vom Knoten davor.</translation>
    </message>
    <message>
        <source>output “%1” of “%2”</source>
        <translation>Ausgang „%1“ von „%2“</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::CanvasPage</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reads records from an endpoint, page by page</source>
        <translation>Liest Datensätze von einem Endpunkt, Seite für Seite</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Keeps the records for which a condition holds</source>
        <translation>Behält die Datensätze, für die eine Bedingung gilt</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Turns each record into the target's shape, field by field</source>
        <translation>Bringt jeden Datensatz Feld für Feld in die Form des Ziels</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source> — drag it onto the canvas</source>
        <translation> — auf die Arbeitsfläche ziehen</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Fit (Ctrl+0)</source>
        <translation>Einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Drag from a node's right port to another's left port to wire them; Delete removes the selection; the wheel zooms.</source>
        <translation>Ziehen Sie vom rechten Anschluss eines Knotens zum linken eines anderen, um sie zu verbinden; Entf löscht die Auswahl; das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Test with Samples</source>
        <translation>Mit Beispielen testen</translation>
    </message>
    <message>
        <source>Test with Samples — %1</source>
        <translation>Mit Beispielen testen — %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>The source endpoint “%1” has no sample records yet. Open the mapping editor and press Fetch Sample, or send the endpoint in the request console and choose Use as Sample.</source>
        <translation>Der Quell-Endpunkt „%1“ hat noch keine Beispieldatensätze. Öffnen Sie den Zuordnungseditor und drücken Sie „Beispiel abrufen“, oder senden Sie den Endpunkt in der Anfragekonsole und wählen Sie „Als Beispiel verwenden“.</translation>
    </message>
    <message>
        <source>Choose the source's endpoint first: double-click the Source node.</source>
        <translation>Wählen Sie zuerst den Endpunkt der Quelle: Doppelklick auf den Quellknoten.</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Schlägt fehl: %1</translation>
    </message>
    <message>
        <source>Sent to “%1”</source>
        <translation>Gesendet an „%1“</translation>
    </message>
    <message>
        <source>%1 would be sent, %2 left out by the filter, %3 fail.</source>
        <translation>%1 würden gesendet, %2 vom Filter ausgelassen, %3 schlagen fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n sample record(s), nothing sent:</source>
        <translation><numerusform>Von %n Beispieldatensatz, nichts gesendet:</numerusform><numerusform>Von %n Beispieldatensätzen, nichts gesendet:</numerusform></translation>
    </message>
    <message>
        <source>Show in Runs</source>
        <translation>In „Läufe“ zeigen</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Alles noch einmal lesen</translation>
    </message>
    <message>
        <source>Nodes to add</source>
        <translation>Knoten zum Hinzufügen</translation>
    </message>
    <message>
        <source>Its way</source>
        <translation>Sein Weg</translation>
    </message>
    <message>
        <source>Left out by the filter “%1”</source>
        <translation>Vom Filter „%1“ ausgelassen</translation>
    </message>
    <message>
        <source>Fails in “%1”: %2</source>
        <translation>Schlägt in „%1“ fehl: %2</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>For each record, asks an endpoint (e.g. find the contact by email) and adds the answer to the record</source>
        <translation>Fragt für jeden Datensatz einen Endpunkt (z. B. den Kontakt per E-Mail finden) und fügt die Antwort dem Datensatz hinzu</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Sends each record one way or another: to the first output whose condition holds, else “otherwise”</source>
        <translation>Schickt jeden Datensatz den einen oder anderen Weg: zum ersten Ausgang, dessen Bedingung zutrifft, sonst zu „sonst“</translation>
    </message>
    <message>
        <source>Sends the records to an endpoint: creates, updates, upserts or deletes</source>
        <translation>Sendet die Datensätze an einen Endpunkt: legt an, aktualisiert, legt an oder aktualisiert, oder löscht</translation>
    </message>
    <message>
        <source>Runs the source's sample records through the integration — its lookups ask the API — without sending anything to the targets</source>
        <translation>Schickt die Beispieldatensätze der Quelle durch die Integration – ihre Nachschlag-Knoten fragen die API – ohne etwas an die Ziele zu senden</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>Nachgeschlagen</translation>
    </message>
    <message>
        <source>Trying the sample records…</source>
        <translation>Die Beispieldatensätze werden ausprobiert …</translation>
    </message>
    <message>
        <source>Trying the sample records: asking the lookups (%1 of %2)…</source>
        <translation>Die Beispieldatensätze werden ausprobiert: Nachschlagen läuft (%1 von %2) …</translation>
    </message>
    <message>
        <source>Updates through “%1”</source>
        <translation>Aktualisiert über „%1“</translation>
    </message>
    <message>
        <source>Creates or updates through “%1”</source>
        <translation>Legt an oder aktualisiert über „%1“</translation>
    </message>
    <message>
        <source>Deletes through “%1”</source>
        <translation>Löscht über „%1“</translation>
    </message>
    <message>
        <source>Goes nowhere after “%1”</source>
        <translation>Geht nach „%1“ nirgendwohin</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message numerus="yes">
        <source>The lookups asked the API %n time(s)</source>
        <translation><numerusform>Die Nachschlag-Knoten fragten die API %n-mal</numerusform><numerusform>Die Nachschlag-Knoten fragten die API %n-mal</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and answered %n from the cache.</source>
        <translation><numerusform>und beantworteten %n aus dem Zwischenspeicher.</numerusform><numerusform>und beantworteten %n aus dem Zwischenspeicher.</numerusform></translation>
    </message>
    <message>
        <source>The next run of “%1” reads every record again; what was already sent with the same content is not sent twice.</source>
        <translation>Der nächste Lauf von „%1“ liest wieder alle Datensätze; was schon mit gleichem Inhalt gesendet wurde, wird nicht doppelt gesendet.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::CanvasView</name>
    <message>
        <source>keeps every record</source>
        <translation>behält jeden Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation><numerusform>%n Feld</numerusform><numerusform>%n Felder</numerusform></translation>
    </message>
    <message>
        <source>Add node “%1”</source>
        <translation>Knoten „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Connect “%1” to “%2”</source>
        <translation>„%1“ mit „%2“ verbinden</translation>
    </message>
    <message>
        <source>Move nodes</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation><numerusform>%n Element löschen</numerusform><numerusform>%n Elemente löschen</numerusform></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 herausgefiltert</translation>
    </message>
    <message>
        <source>%1 written, %2 failed</source>
        <translation>%1 geschrieben, %2 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation><numerusform>%n Knoten kopiert</numerusform><numerusform>%n Knoten kopiert</numerusform></translation>
    </message>
    <message>
        <source>The clipboard holds no nodes to paste.</source>
        <translation>Die Zwischenablage enthält keine Knoten zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation><numerusform>%n Knoten einfügen</numerusform><numerusform>%n Knoten einfügen</numerusform></translation>
    </message>
    <message>
        <source>%1 mapped</source>
        <translation>%1 zugeordnet</translation>
    </message>
    <message>
        <source>Use “%1” in node “%2”</source>
        <translation>„%1“ in Knoten „%2“ verwenden</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>%1 → adds “%2”</source>
        <translation>%1 → fügt „%2“ hinzu</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <source>Connect “%1” (%2) to “%3”</source>
        <translation>„%1“ (%2) mit „%3“ verbinden</translation>
    </message>
    <message>
        <source>%1 looked up, %2 from the cache</source>
        <translation>%1 nachgeschlagen, %2 im Cache</translation>
    </message>
    <message>
        <source>Changed at the source (run %1): %2</source>
        <translation>An der Quelle geändert (Lauf %1): %2</translation>
    </message>
    <message>
        <source>Its API's spec changed: %1</source>
        <translation>Die Spezifikation seiner API hat sich geändert: %1</translation>
    </message>
    <message>
        <source>Its API's spec changed (line %1): %2</source>
        <translation>Die Spezifikation seiner API hat sich geändert (Zeile %1): %2</translation>
    </message>
    <message>
        <source>webhook, unchecked</source>
        <translation>Webhook, ungeprüft</translation>
    </message>
    <message>
        <source>webhook, %1 signatures</source>
        <translation>Webhook, Signaturen von %1</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::Commands</name>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add connection “%1”</source>
        <translation>Verbindung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove connection “%1”</source>
        <translation>Verbindung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit endpoint “%1”</source>
        <translation>Endpunkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add endpoint “%1”</source>
        <translation>Endpunkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit lookup tables</source>
        <translation>Nachschlagetabellen bearbeiten</translation>
    </message>
    <message>
        <source>Delete integration “%1”</source>
        <translation>Integration „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete endpoint “%1”</source>
        <translation>Endpunkt „%1“ löschen</translation>
    </message>
    <message>
        <source>Add integration “%1”</source>
        <translation>Integration „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit integration “%1”</source>
        <translation>Integration „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change what AI agents may use</source>
        <translation>Ändern, was KI-Agenten nutzen dürfen</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ConnectionEditor</name>
    <message>
        <source>A connection is one web API: where it is and how Patchbay signs in to it. Endpoints and integrations use it. Changes apply when you leave a field; secrets go to the system keychain, never into the project file.</source>
        <translation>Eine Verbindung ist eine Web-API: wo sie ist und wie Patchbay sich bei ihr anmeldet. Endpunkte und Integrationen verwenden sie. Änderungen gelten, sobald Sie ein Feld verlassen; Geheimnisse kommen in den Schlüsselbund des Systems, nie in die Projektdatei.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The address every endpoint's path is added to. May use {{variables}} from the environment.</source>
        <translation>Die Adresse, an die der Pfad jedes Endpunkts angehängt wird. Darf {{Variablen}} aus der Umgebung enthalten.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation>Anfragen werden ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation>Parametername:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Gesendet als:</translation>
    </message>
    <message>
        <source>API key (secret):</source>
        <translation>API-Schlüssel (geheim):</translation>
    </message>
    <message>
        <source>Token (secret):</source>
        <translation>Token (geheim):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password (secret):</source>
        <translation>Passwort (geheim):</translation>
    </message>
    <message>
        <source>Client credentials (server to server)</source>
        <translation>Client Credentials (Server zu Server)</translation>
    </message>
    <message>
        <source>Authorization code with PKCE (sign in in the browser)</source>
        <translation>Authorization Code mit PKCE (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Grant:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret (secret):</source>
        <translation>Client-Secret (geheim):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Opens the API's sign-in page in your browser; the refresh token is kept in the system keychain.</source>
        <translation>Öffnet die Anmeldeseite der API im Browser; das Refresh-Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Default headers</source>
        <translation>Standard-Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rate limit, retries and timeout</source>
        <translation>Ratenlimit, Wiederholungen und Zeitlimit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>burst:</source>
        <translation>Burst:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
    <message>
        <source>Tries in all, the first included; 1 means no retries.</source>
        <translation>Versuche insgesamt, der erste eingeschlossen; 1 heißt keine Wiederholung.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>tries, waiting from</source>
        <translation>Versuche, Wartezeit von</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation>Sicherheit (TLS)</translation>
    </message>
    <message>
        <source>Verify the server's certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: anyone on the network could read or change this connection's data and credentials. Turn this on unless you are testing.</source>
        <translation>⚠ Die Zertifikatsprüfung ist aus: Jeder im Netz könnte Daten und Zugangsdaten dieser Verbindung lesen oder ändern. Schalten Sie sie ein, außer Sie testen.</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Extra CA file (PEM):</source>
        <translation>Zusätzliche CA-Datei (PEM):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL with this connection's credentials</source>
        <translation>Sendet eine GET-Anfrage an die Basis-URL mit den Zugangsdaten dieser Verbindung</translation>
    </message>
    <message>
        <source>The secret is saved in the system keychain</source>
        <translation>Das Geheimnis ist im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Sending GET %1 …</source>
        <translation>Sende GET %1 …</translation>
    </message>
    <message>
        <source>✓ %1 in %2 ms: the API answers and accepts the credentials.</source>
        <translation>✓ %1 in %2 ms: Die API antwortet und akzeptiert die Zugangsdaten.</translation>
    </message>
    <message>
        <source>✗ %1: the API answers but refuses the credentials. Check the %2.</source>
        <translation>✗ %1: Die API antwortet, lehnt aber die Zugangsdaten ab. Prüfen Sie: %2.</translation>
    </message>
    <message>
        <source>authentication type</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>The API answers (%1 in %2 ms). The base URL itself need not be a valid request; try an endpoint in a request console.</source>
        <translation>Die API antwortet (%1 in %2 ms). Die Basis-URL selbst muss keine gültige Anfrage sein; probieren Sie einen Endpunkt in einer Anfragekonsole.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereiten…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warte auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Signed in for this session; the server gave no refresh token, so you will sign in again next time.</source>
        <translation>Für diese Sitzung angemeldet; der Server gab kein Refresh-Token, Sie melden sich nächstes Mal erneut an.</translation>
    </message>
    <message>
        <source>✓ Signed in; the refresh token is in the system keychain.</source>
        <translation>✓ Angemeldet; das Refresh-Token liegt im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ConnectorDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Search the catalog (name, category, …)</source>
        <translation>Katalog durchsuchen (Name, Kategorie, …)</translation>
    </message>
    <message>
        <source>Blank connection</source>
        <translation>Leere Verbindung</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Start from a ready-made connection — its address, sign-in, limits and common endpoints are filled in — or from a blank one.</source>
        <translation>Beginnen Sie mit einer fertigen Verbindung — Adresse, Anmeldung, Limits und gängige Endpunkte sind ausgefüllt — oder mit einer leeren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blank connection&lt;/b&gt;&lt;br&gt;Type the API's address and how to sign in yourself.</source>
        <translation>&lt;b&gt;Leere Verbindung&lt;/b&gt;&lt;br&gt;Adresse und Anmeldung der API tragen Sie selbst ein.</translation>
    </message>
    <message>
        <source>Nothing matches; try another word.</source>
        <translation>Nichts passt; versuchen Sie ein anderes Wort.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Key:&lt;/i&gt; %4&lt;br&gt;%n endpoint(s) · &lt;a href="%5"&gt;documentation&lt;/a&gt;</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Schlüssel:&lt;/i&gt; %4&lt;br&gt;%n Endpunkt · &lt;a href="%5"&gt;Dokumentation&lt;/a&gt;</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Schlüssel:&lt;/i&gt; %4&lt;br&gt;%n Endpunkte · &lt;a href="%5"&gt;Dokumentation&lt;/a&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Choose where to save the project first (Save As).</source>
        <translation>Wählen Sie zuerst, wo das Projekt gespeichert wird (Speichern unter).</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::EditorTabs</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Agent Access</source>
        <translation>Agentenzugriff</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::EnvironmentEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Variables fill {{placeholders}} in URLs, headers and bodies. Each environment has its own values; switch between them in the toolbar. Mark a variable secret to keep its value in the system keychain.</source>
        <translation>Variablen füllen {{Platzhalter}} in URLs, Headern und Bodys. Jede Umgebung hat eigene Werte; wechseln Sie in der Werkzeugleiste. Markieren Sie eine Variable als geheim, damit ihr Wert im Schlüsselbund des Systems bleibt.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Variables (type in the last row to add one; clear a name to remove it)</source>
        <translation>Variablen (in die letzte Zeile tippen, um eine hinzuzufügen; Namen leeren, um sie zu entfernen)</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Name (for example staging):</source>
        <translation>Name (zum Beispiel staging):</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type to replace it</source>
        <translation>Im Schlüsselbund des Systems; tippen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>The value of %1 is saved in the system keychain</source>
        <translation>Der Wert von %1 ist im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>There is already an environment called “%1”</source>
        <translation>Es gibt bereits eine Umgebung „%1“</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::FormulaLineEdit</name>
    <message>
        <source>a field, or a formula such as lower(email)</source>
        <translation>ein Feld oder eine Formel wie lower(email)</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ImportDialog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>An API description — OpenAPI 3.0/3.1 or Swagger 2.0, JSON or YAML — or a Postman collection (format 2.1). Each operation becomes an endpoint.</source>
        <translation>Eine API-Beschreibung — OpenAPI 3.0/3.1 oder Swagger 2.0, JSON oder YAML — oder eine Postman-Collection (Format 2.1). Jede Operation wird ein Endpunkt.</translation>
    </message>
    <message>
        <source>openapi.yaml, swagger.json, collection.json…</source>
        <translation>openapi.yaml, swagger.json, collection.json…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>A curl command, as browsers' “Copy as cURL” and API documentation give it. Its token or password goes to the system keychain.</source>
        <translation>Ein curl-Befehl, wie ihn „Als cURL kopieren“ im Browser und API-Dokumentationen liefern. Token oder Passwort kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>cURL</source>
        <translation>cURL</translation>
    </message>
    <message>
        <source>What the source gets wrong or Patchbay cannot use, with where it is in the source</source>
        <translation>Was die Quelle falsch macht oder Patchbay nicht verwenden kann, mit der Stelle in der Quelle</translation>
    </message>
    <message>
        <source>API descriptions and collections (*.json *.yaml *.yml);;All files (*)</source>
        <translation>API-Beschreibungen und Collections (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported.&lt;/b&gt; The list below says why.</source>
        <translation>&lt;b&gt;Nichts kann importiert werden.&lt;/b&gt; Die Liste unten sagt, warum.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n connection(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Verbindung</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Verbindungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n endpoint(s)</source>
        <translation><numerusform>, %n Endpunkt</numerusform><numerusform>, %n Endpunkte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> in %n group(s)</source>
        <translation><numerusform> in %n Gruppe</numerusform><numerusform> in %n Gruppen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s) below</source>
        <translation><numerusform>; %n Problem unten</numerusform><numerusform>; %n Probleme unten</numerusform></translation>
    </message>
    <message>
        <source>. Its secrets go to the system keychain.</source>
        <translation>. Die Geheimnisse kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>A new connection</source>
        <translation>Eine neue Verbindung</translation>
    </message>
    <message>
        <source>Update a connection imported from an earlier version of this spec: see what changed, and choose what to apply</source>
        <translation>Eine Verbindung aktualisieren, die aus einer früheren Fassung dieser Spezifikation importiert wurde: sehen, was sich geändert hat, und wählen, was übernommen wird</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Bricht</translation>
    </message>
    <message>
        <source>Tick the changes to apply; a breaking one lists the integrations and mapping lines it reaches</source>
        <translation>Die zu übernehmenden Änderungen ankreuzen; eine brechende nennt die Integrationen und Zuordnungszeilen, die sie trifft</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Update “%1”</source>
        <translation>„%1“ aktualisieren</translation>
    </message>
    <message>
        <source>Nothing can be compared.</source>
        <translation>Nichts lässt sich vergleichen.</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>brechend</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>trifft %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already matches this spec: nothing changes. Apply to remember it as the connection's spec.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; entspricht dieser Spezifikation bereits: nichts ändert sich. „Übernehmen“ merkt sie als Spezifikation der Verbindung.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to %1</source>
        <translation><numerusform>&lt;b&gt;%n Änderung&lt;/b&gt; an %1</numerusform><numerusform>&lt;b&gt;%n Änderungen&lt;/b&gt; an %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n breaking. Tick those to apply; undo takes them all back.</source>
        <translation><numerusform>, %n davon brechend. Die zu übernehmenden ankreuzen; Rückgängig nimmt alle zurück.</numerusform><numerusform>, %n davon brechend. Die zu übernehmenden ankreuzen; Rückgängig nimmt alle zurück.</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::InboxDialog</name>
    <message>
        <source>waiting for its run</source>
        <translation>wartet auf seinen Lauf</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <source>not processed</source>
        <translation>nicht verarbeitet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>&amp;Listen for a Test Event</source>
        <translation>Auf Test-Ereignis &amp;warten</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut verarbeiten</translation>
    </message>
    <message>
        <source>Webhook Inbox — %1</source>
        <translation>Webhook-Eingang — %1</translation>
    </message>
    <message>
        <source>Events sent to %1, newest first. Each is kept before it is answered; a refused one (its signature did not check out) is never processed.</source>
        <translation>An %1 gesendete Ereignisse, die neuesten zuerst. Jedes wird gespeichert, bevor es beantwortet wird; ein abgewiesenes (seine Signatur stimmte nicht) wird nie verarbeitet.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Waits for the next event the app sends, and shows it: send a test event from the app's webhook settings now.</source>
        <translation>Wartet auf das nächste Ereignis, das die App sendet, und zeigt es: Senden Sie jetzt ein Test-Ereignis aus den Webhook-Einstellungen der App.</translation>
    </message>
    <message>
        <source>Processes the chosen event again (after a fix of the mapping, say). A record delivered before with the same content is not sent twice.</source>
        <translation>Verarbeitet das gewählte Ereignis erneut (etwa nach einer Korrektur der Zuordnung). Ein Datensatz, der schon mit gleichem Inhalt zugestellt wurde, wird nicht zweimal gesendet.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Waiting for the next event… send a test event from the app now.</source>
        <translation>Warte auf das nächste Ereignis … senden Sie jetzt ein Test-Ereignis aus der App.</translation>
    </message>
    <message>
        <source>Patchbay is not listening for webhooks (see the status bar): no event can come.</source>
        <translation>Patchbay lauscht nicht auf Webhooks (siehe Statusleiste): Es kann kein Ereignis kommen.</translation>
    </message>
    <message>
        <source>Event %1 waits for its run again.</source>
        <translation>Ereignis %1 wartet wieder auf seinen Lauf.</translation>
    </message>
    <message>
        <source>Received an event at %1.</source>
        <translation>Ein Ereignis um %1 empfangen.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No event yet. Give the app the address above, then Listen for a Test Event.</source>
        <translation>Noch kein Ereignis. Geben Sie der App die Adresse oben und warten Sie dann auf ein Test-Ereignis.</translation>
    </message>
    <message>
        <source>(nothing kept)</source>
        <translation>(nichts gespeichert)</translation>
    </message>
    <message>
        <source>a refused delivery's body is not kept</source>
        <translation>der Inhalt einer abgewiesenen Zustellung wird nicht gespeichert</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(kein JSON)</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::IntegrationSettingsDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every day at 06:00</source>
        <translation>Jeden Tag um 06:00</translation>
    </message>
    <message>
        <source>Weekdays at 06:00</source>
        <translation>Werktags um 06:00</translation>
    </message>
    <message>
        <source>&amp;Run on a schedule</source>
        <translation>Nach Zeitplan &amp;ausführen</translation>
    </message>
    <message>
        <source>Schedule and Settings of “%1”</source>
        <translation>Zeitplan und Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>Custom (cron or “every N minutes”)</source>
        <translation>Eigener (Cron oder „every N minutes“)</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Schedule as cron</source>
        <translation>Zeitplan als Cron</translation>
    </message>
    <message>
        <source>e.g. */30 * * * * or every 2 hours</source>
        <translation>z. B. */30 * * * * oder every 2 hours</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>This computer's (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Keep it as a dead letter and go on</source>
        <translation>Als unzustellbar aufheben und weitermachen</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Lauf anhalten</translation>
    </message>
    <message>
        <source>When the target refuses a record</source>
        <translation>Wenn das Ziel einen Datensatz ablehnt</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>When the target &amp;refuses a record:</source>
        <translation>Wenn das Ziel einen Datensatz a&amp;blehnt:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; wählen Sie eine aus der Liste (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>This schedule never fires.</source>
        <translation>Dieser Zeitplan löst nie aus.</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>Nächste Läufe: %1</translation>
    </message>
    <message>
        <source>Would run: %1</source>
        <translation>Würde laufen: %1</translation>
    </message>
    <message>
        <source>Pause before writing, and tell me</source>
        <translation>Vor dem Schreiben anhalten und mir Bescheid geben</translation>
    </message>
    <message>
        <source>Go on, and note it in the run's log</source>
        <translation>Weitermachen und es im Protokoll des Laufs vermerken</translation>
    </message>
    <message>
        <source>Do not compare</source>
        <translation>Nicht vergleichen</translation>
    </message>
    <message>
        <source>When the source's records change shape</source>
        <translation>Wenn sich die Datensätze der Quelle verändern</translation>
    </message>
    <message>
        <source>A field the integration reads is renamed, missing, or of another type than the source's schema says: writing such records would write wrong data.</source>
        <translation>Ein Feld, das die Integration liest, ist umbenannt, fehlt oder hat einen anderen Typ, als das Schema der Quelle sagt: solche Datensätze zu schreiben, hieße falsche Daten zu schreiben.</translation>
    </message>
    <message>
        <source>When the source's records &amp;change shape:</source>
        <translation>Wenn sich die Datensätze der Quelle &amp;verändern:</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::LookupTablesPanel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Table…</source>
        <translation>Tabelle hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Table</source>
        <translation>Tabelle entfernen</translation>
    </message>
    <message>
        <source>Add Lookup Table</source>
        <translation>Nachschlagetabelle hinzufügen</translation>
    </message>
    <message>
        <source>Name, as lookup("name", key) uses it:</source>
        <translation>Name, wie lookup("name", key) ihn verwendet:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>There is a lookup table “%1” already.</source>
        <translation>Es gibt bereits eine Nachschlagetabelle „%1“.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation>&amp;Über Patchbay</translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation>Über Patchbay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patchbay %1&lt;/b&gt;&lt;p&gt;Connect web APIs to each other, without programming.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Patchbay %1&lt;/b&gt;&lt;p&gt;Web-APIs miteinander verbinden, ohne zu programmieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Patchbay projects (*.patchbay.json);;JSON files (*.json);;All files (*)</source>
        <translation>Patchbay-Projekte (*.patchbay.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Problems list</source>
        <translation><numerusform>%1 hat %n Problem; siehe die Liste „Probleme“</numerusform><numerusform>%1 hat %n Probleme; siehe die Liste „Probleme“</numerusform></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>%1 — Patchbay</source>
        <translation>%1 — Patchbay</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This project could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Problems&lt;/b&gt; list below says what is wrong and where. The file was not changed.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieses Projekt konnte nicht geöffnet werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die Liste &lt;b&gt;Probleme&lt;/b&gt; unten sagt, was falsch ist und wo. Die Datei wurde nicht verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Requests sent from this project, newest first. Double-click to open one again.</source>
        <translation>Aus diesem Projekt gesendete Anfragen, neueste zuerst. Doppelklick öffnet eine erneut.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The environment whose variables fill {{placeholders}} in requests</source>
        <translation>Die Umgebung, deren Variablen {{Platzhalter}} in Anfragen füllen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Patchbay was closed without saving “%1”. Changes autosaved at %2 can be restored.</source>
        <translation>Patchbay wurde beendet, ohne „%1“ zu speichern. Die um %2 automatisch gesicherten Änderungen können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Patchbay projects (*.patchbay.json)</source>
        <translation>Patchbay-Projekte (*.patchbay.json)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation>Neue &amp;Anfrage</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Umgebungen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>New project: add a connection to an API to begin</source>
        <translation>Neues Projekt: Fügen Sie zum Anfang eine Verbindung zu einer API hinzu</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The project could not be saved: %1
Your changes are still here; try Save As to put them somewhere else.</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1
Ihre Änderungen sind noch da; speichern Sie sie mit „Speichern unter“ woanders.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The project could not be saved to %1: %2
Your changes are still here.</source>
        <translation>Das Projekt konnte nicht in %1 gespeichert werden: %2
Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>%1[*] — Patchbay</source>
        <translation>%1[*] — Patchbay</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Patchbay&lt;/h2&gt;&lt;p&gt;Open a project with &lt;b&gt;File › Open&lt;/b&gt;, or start one with &lt;b&gt;File › New Project&lt;/b&gt;, to connect web APIs to each other.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Patchbay&lt;/h2&gt;&lt;p&gt;Öffnen Sie ein Projekt mit &lt;b&gt;Datei › Öffnen&lt;/b&gt; oder beginnen Sie eines mit &lt;b&gt;Datei › Neues Projekt&lt;/b&gt;, um Web-APIs miteinander zu verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · %2 ms%3</source>
        <translation>%1 · %2 ms%3</translation>
    </message>
    <message>
        <source>Autosave failed: cannot create %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Run Integration</source>
        <translation>Integration aus&amp;führen</translation>
    </message>
    <message>
        <source>(no integrations)</source>
        <translation>(keine Integrationen)</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>„%1“ läuft…</translation>
    </message>
    <message>
        <source>“%1”: %2 read · %3 written · %4 failed · %5 records/s</source>
        <translation>„%1“: %2 gelesen · %3 geschrieben · %4 fehlgeschlagen · %5 Datensätze/s</translation>
    </message>
    <message>
        <source>“%1” %2: %3 written, %4 failed in %5 s%6</source>
        <translation>„%1“ %2: %3 geschrieben, %4 fehlgeschlagen in %5 s%6</translation>
    </message>
    <message>
        <source>Patchbay is still running</source>
        <translation>Patchbay läuft weiter</translation>
    </message>
    <message>
        <source>Schedules go on in the system tray. To quit, choose Quit Patchbay in the tray's menu.</source>
        <translation>Zeitpläne laufen im Infobereich weiter. Zum Beenden wählen Sie „Patchbay beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add endpoints from an OpenAPI or Swagger file, a Postman collection or a cURL command</source>
        <translation>Endpunkte aus einer OpenAPI- oder Swagger-Datei, einer Postman-Collection oder einem cURL-Befehl hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;Integration…</source>
        <translation>Neue &amp;Integration…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Copy records from one endpoint to another: choose where they come from and where they go</source>
        <translation>Datensätze von einem Endpunkt zu einem anderen kopieren: wählen Sie, woher sie kommen und wohin sie gehen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Scheduled (no schedule set)</source>
        <translation>&amp;Geplant (kein Zeitplan festgelegt)</translation>
    </message>
    <message>
        <source>&amp;Scheduled (%1)</source>
        <translation>&amp;Geplant (%1)</translation>
    </message>
    <message>
        <source>Filter the project…</source>
        <translation>Projekt filtern…</translation>
    </message>
    <message>
        <source>Filter the project tree</source>
        <translation>Projektbaum filtern</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Fill in the keys of %1 in their tabs; then try a request, and double-click the nodes to adjust what goes where.</source>
        <translation>Tragen Sie die Schlüssel von %1 in ihren Reitern ein; probieren Sie dann eine Anfrage und doppelklicken Sie auf die Knoten, um festzulegen, was wohin geht.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The demo talks to the demo API on this computer (scripts/demo.sh starts it).</source>
        <translation>Die Demo spricht mit der Demo-API auf diesem Computer (scripts/demo.sh startet sie).</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation><numerusform>%n Verbindung</numerusform><numerusform>%n Verbindungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation><numerusform>%n Endpunkt</numerusform><numerusform>%n Endpunkte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation><numerusform>%n Integration</numerusform><numerusform>%n Integrationen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation><numerusform>%n Umgebung</numerusform><numerusform>%n Umgebungen</numerusform></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;a href="new-integration"&gt;New integration…&lt;/a&gt; — copy records from one endpoint to another.&lt;/p&gt;&lt;p&gt;Double-click an item in the &lt;b&gt;Project&lt;/b&gt; tree to edit it; &lt;b&gt;Project › New Request&lt;/b&gt; opens a request console.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;a href="new-integration"&gt;Neue Integration…&lt;/a&gt; — Datensätze von einem Endpunkt zu einem anderen kopieren.&lt;/p&gt;&lt;p&gt;Doppelklicken Sie auf einen Eintrag im Baum &lt;b&gt;Projekt&lt;/b&gt;, um ihn zu bearbeiten; &lt;b&gt;Projekt › Neue Anfrage&lt;/b&gt; öffnet eine Anfragekonsole.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open in Console</source>
        <translation>In der &amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Schedule and &amp;Settings…</source>
        <translation>Zeitplan und &amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Agent Access…</source>
        <translation>Agenten&amp;zugriff…</translation>
    </message>
    <message>
        <source>Choose what an AI agent may use through Patchbay's MCP server</source>
        <translation>Wählen, was ein KI-Agent über den MCP-Server von Patchbay nutzen darf</translation>
    </message>
    <message>
        <source>&amp;Update from Spec…</source>
        <translation>Aus Spezifikation &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>Read %1 again, or a newer version of it, and choose which changes to take</source>
        <translation>%1 oder eine neuere Fassung davon erneut lesen und wählen, welche Änderungen übernommen werden</translation>
    </message>
    <message>
        <source>This connection was not imported from an OpenAPI spec</source>
        <translation>Diese Verbindung wurde nicht aus einer OpenAPI-Spezifikation importiert</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MappingEditor</name>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>Fetch Sample</source>
        <translation>Beispiel abrufen</translation>
    </message>
    <message>
        <source>Read the first page of the source and keep its records for the preview</source>
        <translation>Die erste Seite der Quelle lesen und ihre Datensätze für die Vorschau behalten</translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Propose lines between fields with similar names</source>
        <translation>Linien zwischen Feldern mit ähnlichen Namen vorschlagen</translation>
    </message>
    <message>
        <source>Add Target Field…</source>
        <translation>Zielfeld hinzufügen…</translation>
    </message>
    <message>
        <source>Add Target Field</source>
        <translation>Zielfeld hinzufügen</translation>
    </message>
    <message>
        <source>Path of the field in the record sent, e.g. meta.source or tags[0]:</source>
        <translation>Pfad des Felds im gesendeten Datensatz, z. B. meta.source oder tags[0]:</translation>
    </message>
    <message>
        <source>Search functions</source>
        <translation>Funktionen suchen</translation>
    </message>
    <message>
        <source>Drag a function onto a target field, or double-click it to use it in the selected one</source>
        <translation>Eine Funktion auf ein Zielfeld ziehen oder doppelklicken, um sie im ausgewählten zu verwenden</translation>
    </message>
    <message>
        <source>Select a target field first, then double-click the function to use in it.</source>
        <translation>Zuerst ein Zielfeld auswählen, dann die Funktion doppelklicken, die darin verwendet werden soll.</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Drag a field onto a target field to map it</source>
        <translation>Ein Feld auf ein Zielfeld ziehen, um es zuzuordnen</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Edit formula of %1</source>
        <translation>Formel von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Lookup Tables</source>
        <translation>Nachschlagetabellen</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>(no source endpoint)</source>
        <translation>(kein Quell-Endpunkt)</translation>
    </message>
    <message>
        <source>(no target endpoint)</source>
        <translation>(kein Ziel-Endpunkt)</translation>
    </message>
    <message>
        <source>%1 — required: every record needs a value</source>
        <translation>%1 — Pflichtfeld: jeder Datensatz braucht einen Wert</translation>
    </message>
    <message>
        <source>The filter “%1” drops this record: it is not sent.</source>
        <translation>Der Filter „%1“ verwirft diesen Datensatz: er wird nicht gesendet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No sample records yet: click “Fetch Sample” to read some from %1.</source>
        <translation>Noch keine Beispieldatensätze: „Beispiel abrufen“ klicken, um welche aus %1 zu lesen.</translation>
    </message>
    <message>
        <source>Wire a source endpoint into this node to preview records.</source>
        <translation>Einen Quell-Endpunkt mit diesem Knoten verbinden, um Datensätze vorzuschauen.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) of %1; errors in red (hover for the message).</source>
        <translation><numerusform>%n Beispieldatensatz aus %1; Fehler in Rot (Maus darüber für die Meldung).</numerusform><numerusform>%n Beispieldatensätze aus %1; Fehler in Rot (Maus darüber für die Meldung).</numerusform></translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>%1 zuordnen</translation>
    </message>
    <message>
        <source>Map %1 → %2</source>
        <translation>%1 → %2 zuordnen</translation>
    </message>
    <message>
        <source>%1 now fills %2</source>
        <translation>%1 füllt jetzt %2</translation>
    </message>
    <message>
        <source>“%1” is an expression: write the field into its formula instead.</source>
        <translation>„%1“ ist ein Ausdruck: das Feld stattdessen in seine Formel schreiben.</translation>
    </message>
    <message>
        <source>%1 takes no more inputs (%2).</source>
        <translation>%1 nimmt keine weiteren Eingaben (%2).</translation>
    </message>
    <message>
        <source>Wire %1 into %2</source>
        <translation>%1 in %2 verbinden</translation>
    </message>
    <message>
        <source>Use %1 in %2</source>
        <translation>%1 in %2 verwenden</translation>
    </message>
    <message>
        <source>%1 now goes through %2; draw more fields onto the block to add inputs.</source>
        <translation>%1 läuft jetzt durch %2; weitere Felder auf den Block ziehen, um Eingaben hinzuzufügen.</translation>
    </message>
    <message>
        <source>This line belongs to the expression “%1”: edit its formula to change it.</source>
        <translation>Diese Linie gehört zum Ausdruck „%1“: seine Formel bearbeiten, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Remove a line into %1</source>
        <translation>Eine Linie in %1 entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a field path: write names joined by dots, with [0] for a position.</source>
        <translation>„%1“ ist kein Feldpfad: Namen mit Punkten verbinden, [0] für eine Position.</translation>
    </message>
    <message>
        <source>Add target field %1</source>
        <translation>Zielfeld %1 hinzufügen</translation>
    </message>
    <message>
        <source>Auto-map found no fields with similar names left to map.</source>
        <translation>Die automatische Zuordnung fand keine Felder mit ähnlichen Namen mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map proposes %n line(s): accept or reject them below.</source>
        <translation><numerusform>Die automatische Zuordnung schlägt %n Linie vor: unten annehmen oder ablehnen.</numerusform><numerusform>Die automatische Zuordnung schlägt %n Linien vor: unten annehmen oder ablehnen.</numerusform></translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested line(s)</source>
        <translation><numerusform>%n vorgeschlagene Linie annehmen</numerusform><numerusform>%n vorgeschlagene Linien annehmen</numerusform></translation>
    </message>
    <message>
        <source>Fetching records of “%1” …</source>
        <translation>Datensätze von „%1“ werden abgerufen …</translation>
    </message>
    <message>
        <source>The endpoint “%1” is gone.</source>
        <translation>Den Endpunkt „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Fetch sample of “%1”</source>
        <translation>Beispiel von „%1“ abrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) of “%1” in the preview</source>
        <translation><numerusform>%n Beispieldatensatz von „%1“ in der Vorschau</numerusform><numerusform>%n Beispieldatensätze von „%1“ in der Vorschau</numerusform></translation>
    </message>
    <message>
        <source>Drop the line on a target field, or on a function block's inputs.</source>
        <translation>Die Linie auf einem Zielfeld oder auf den Eingängen eines Funktionsblocks ablegen.</translation>
    </message>
    <message>
        <source>Drop the function on the target field it should compute.</source>
        <translation>Die Funktion auf dem Zielfeld ablegen, das sie berechnen soll.</translation>
    </message>
    <message>
        <source>Cancel Fetch</source>
        <translation>Abrufen abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Example: &lt;code&gt;%3&lt;/code&gt; → &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Beispiel: &lt;code&gt;%3&lt;/code&gt; → &lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Choose the target endpoint first (double-click the Target node on the canvas): the preview shows each sample record as the target will get it.</source>
        <translation>Wählen Sie zuerst den Ziel-Endpunkt (Doppelklick auf den Zielknoten der Arbeitsfläche): die Vorschau zeigt jeden Beispieldatensatz so, wie das Ziel ihn bekommt.</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (Quelle)</translation>
    </message>
    <message>
        <source>Asking the lookups about the sample records (from the API)…</source>
        <translation>Die Beispieldatensätze werden nachgeschlagen (bei der API) …</translation>
    </message>
    <message>
        <source>The sample records could not be looked up: %1</source>
        <translation>Die Beispieldatensätze konnten nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>None of the sample records reaches this node (see Test with Samples on the canvas).</source>
        <translation>Keiner der Beispieldatensätze erreicht diesen Knoten (siehe „Mit Beispielen testen“ auf der Arbeitsfläche).</translation>
    </message>
    <message>
        <source>%1 — open it to list its fields</source>
        <translation>%1 — aufklappen, um seine Felder aufzulisten</translation>
    </message>
    <message>
        <source>Changed at the source (run %1): %2</source>
        <translation>An der Quelle geändert (Lauf %1): %2</translation>
    </message>
    <message>
        <source>Its API's spec changed: %1</source>
        <translation>Die Spezifikation seiner API hat sich geändert: %1</translation>
    </message>
    <message>
        <source>the webhook's events</source>
        <translation>die Ereignisse des Webhooks</translation>
    </message>
    <message>
        <source>No event in the webhook's inbox yet: send a test event from the app (the source node's Inbox… › Listen for a Test Event).</source>
        <translation>Noch kein Ereignis im Eingang des Webhooks: Senden Sie ein Test-Ereignis aus der App (Eingang… der Quelle › Auf Test-Ereignis warten).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from the webhook's inbox in the preview</source>
        <translation><numerusform>%n Ereignis aus dem Eingang des Webhooks in der Vorschau</numerusform><numerusform>%n Ereignisse aus dem Eingang des Webhooks in der Vorschau</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::NewIntegrationDialog</name>
    <message>
        <source>New Integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Take records from</source>
        <translation>Datensätze holen aus</translation>
    </message>
    <message>
        <source>Send them to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>An integration reads records from one endpoint, keeps those you want, turns each into the shape another endpoint takes, and sends it there. You can change everything on the canvas afterwards.</source>
        <translation>Eine Integration liest Datensätze von einem Endpunkt, behält die gewünschten, bringt jeden in die Form, die ein anderer Endpunkt annimmt, und sendet ihn dorthin. Auf der Arbeitsfläche können Sie danach alles ändern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Take records from:</source>
        <translation>Datensätze &amp;holen aus:</translation>
    </message>
    <message>
        <source>&amp;Send them to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1 › %2 (%3 %4)</source>
        <translation>%1 › %2 (%3 %4)</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(später wählen)</translation>
    </message>
    <message>
        <source>Give the integration a name.</source>
        <translation>Geben Sie der Integration einen Namen.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::NodeEditor</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>the reply is the list of records</source>
        <translation>die Antwort ist die Liste der Datensätze</translation>
    </message>
    <message>
        <source>the records are in “%1”</source>
        <translation>die Datensätze stehen in „%1“</translation>
    </message>
    <message>
        <source>One request; %1.</source>
        <translation>Eine Anfrage; %1.</translation>
    </message>
    <message>
        <source>Page by page: %1=%2, %3, … with %4=%5; %6.</source>
        <translation>Seite für Seite: %1=%2, %3, … mit %4=%5; %6.</translation>
    </message>
    <message>
        <source>Page by page: %1=0, %2, … with %3=%2; %4.</source>
        <translation>Seite für Seite: %1=0, %2, … mit %3=%2; %4.</translation>
    </message>
    <message>
        <source>Page by page: the next page's %1 is “%2” from the reply; %3.</source>
        <translation>Seite für Seite: %1 der nächsten Seite ist „%2“ aus der Antwort; %3.</translation>
    </message>
    <message>
        <source>Page by page, following the reply's Link header; %1.</source>
        <translation>Seite für Seite, dem Link-Header der Antwort folgend; %1.</translation>
    </message>
    <message>
        <source>Page by page, following the address in “%1” of each reply; %2.</source>
        <translation>Seite für Seite, der Adresse in „%1“ jeder Antwort folgend; %2.</translation>
    </message>
    <message>
        <source>Double-click a node to set it up</source>
        <translation>Doppelklicken Sie auf einen Knoten, um ihn einzurichten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename node “%1”</source>
        <translation>Knoten „%1“ umbenennen</translation>
    </message>
    <message>
        <source>&amp;Take records from:</source>
        <translation>Datensätze &amp;holen aus:</translation>
    </message>
    <message>
        <source>&amp;Send them to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Choose the source endpoint</source>
        <translation>Quell-Endpunkt wählen</translation>
    </message>
    <message>
        <source>Choose the target endpoint</source>
        <translation>Ziel-Endpunkt wählen</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Liest:</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last run</source>
        <translation>&amp;Nur was sich seit dem letzten Lauf geändert hat</translation>
    </message>
    <message>
        <source>Each run asks the API only for records changed since the newest one the last run read (by a date field such as updated_at).</source>
        <translation>Jeder Lauf fragt die API nur nach Datensätzen, die sich seit dem neuesten des letzten Laufs geändert haben (nach einem Datumsfeld wie updated_at).</translation>
    </message>
    <message>
        <source>Changed by the &amp;field:</source>
        <translation>Geändert laut &amp;Feld:</translation>
    </message>
    <message>
        <source>Sent to the API &amp;as:</source>
        <translation>An die API gesendet &amp;als:</translation>
    </message>
    <message>
        <source>Run from the &amp;Beginning</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>The next run reads every record again, not only what changed; records already sent with the same content are still not sent twice.</source>
        <translation>Der nächste Lauf liest wieder alle Datensätze, nicht nur die geänderten; schon mit gleichem Inhalt gesendete werden trotzdem nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>Read only what changed</source>
        <translation>Nur Geändertes lesen</translation>
    </message>
    <message>
        <source>Read everything</source>
        <translation>Alles lesen</translation>
    </message>
    <message>
        <source>one a request</source>
        <translation>einer pro Anfrage</translation>
    </message>
    <message>
        <source>How many records go in one request; the endpoint must take a list for more than one.</source>
        <translation>Wie viele Datensätze in eine Anfrage gehen; für mehr als einen muss der Endpunkt eine Liste annehmen.</translation>
    </message>
    <message>
        <source>&amp;Records a request:</source>
        <translation>&amp;Datensätze pro Anfrage:</translation>
    </message>
    <message>
        <source>How many requests may be under way at once (within the connection's rate limit).</source>
        <translation>Wie viele Anfragen gleichzeitig unterwegs sein dürfen (innerhalb der Ratenbegrenzung der Verbindung).</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Anfragen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>Records a request: %1</source>
        <translation>Datensätze pro Anfrage: %1</translation>
    </message>
    <message>
        <source>Requests at once: %1</source>
        <translation>Anfragen gleichzeitig: %1</translation>
    </message>
    <message>
        <source>Keep the records for which</source>
        <translation>Die Datensätze behalten, für die</translation>
    </message>
    <message>
        <source>all of these hold</source>
        <translation>all dies gilt</translation>
    </message>
    <message>
        <source>any of these holds</source>
        <translation>eines davon gilt</translation>
    </message>
    <message>
        <source>&amp;Add a Condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The same condition as a formula (see the functions in docs/functions.md)</source>
        <translation>Dieselbe Bedingung als Formel (siehe die Funktionen in docs/functions.md)</translation>
    </message>
    <message>
        <source>As a &amp;formula:</source>
        <translation>Als &amp;Formel:</translation>
    </message>
    <message>
        <source>Edit the filter's formula</source>
        <translation>Formel des Filters bearbeiten</translation>
    </message>
    <message>
        <source>Which field of each record goes where in the target's record: draw lines from the source's fields to the target's.</source>
        <translation>Welches Feld jedes Datensatzes wohin im Datensatz des Ziels geht: ziehen Sie Linien von den Feldern der Quelle zu denen des Ziels.</translation>
    </message>
    <message>
        <source>&amp;Edit the Mapping…</source>
        <translation>Zuordnung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an endpoint above.</source>
        <translation>Wählen Sie oben einen Endpunkt.</translation>
    </message>
    <message>
        <source>This condition is a formula that the rows above cannot show; edit it here, or empty it to start again with rows.</source>
        <translation>Diese Bedingung ist eine Formel, die die Zeilen oben nicht darstellen können; bearbeiten Sie sie hier, oder leeren Sie sie, um wieder mit Zeilen zu beginnen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Edit the filter</source>
        <translation>Filter bearbeiten</translation>
    </message>
    <message>
        <source>No sample records yet to try it on: open the mapping editor and press Fetch Sample.</source>
        <translation>Noch keine Beispieldatensätze zum Ausprobieren: öffnen Sie den Zuordnungseditor und drücken Sie „Beispiel abrufen“.</translation>
    </message>
    <message>
        <source>The condition has a mistake: %1</source>
        <translation>Die Bedingung enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>Some could not be checked: %1</source>
        <translation>Manche konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keeps every record (%n sample record(s)).</source>
        <translation><numerusform>Behält jeden Datensatz (%n Beispieldatensatz).</numerusform><numerusform>Behält jeden Datensatz (%n Beispieldatensätze).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 of %n sample record(s).</source>
        <translation><numerusform>Behält %1 von %n Beispieldatensatz.</numerusform><numerusform>Behält %1 von %n Beispieldatensätzen.</numerusform></translation>
    </message>
    <message>
        <source>Sends its records &amp;to:</source>
        <translation>Sendet seine Datensätze &amp;an:</translation>
    </message>
    <message>
        <source>Disconnect “%1”</source>
        <translation>„%1“ trennen</translation>
    </message>
    <message>
        <source>Connect “%1” to “%2”</source>
        <translation>„%1“ mit „%2“ verbinden</translation>
    </message>
    <message>
        <source>(nowhere yet)</source>
        <translation>(noch nirgendwohin)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Connect “%1” (%2) to “%3”</source>
        <translation>„%1“ (%2) mit „%3“ verbinden</translation>
    </message>
    <message>
        <source>Create a new record for each</source>
        <translation>Für jeden einen neuen Datensatz anlegen</translation>
    </message>
    <message>
        <source>Update the record its address names</source>
        <translation>Den Datensatz aktualisieren, den die Adresse nennt</translation>
    </message>
    <message>
        <source>Create or update by a key in the address (upsert)</source>
        <translation>Anlegen oder aktualisieren über einen Schlüssel in der Adresse (Upsert)</translation>
    </message>
    <message>
        <source>Delete the record its address names</source>
        <translation>Den Datensatz löschen, den die Adresse nennt</translation>
    </message>
    <message>
        <source>An update, upsert or delete names the record in the endpoint's address, e.g. /sobjects/Contact/{{record.contact_id}}; those fields are not sent in the body.</source>
        <translation>Aktualisieren, Upsert und Löschen nennen den Datensatz in der Adresse des Endpunkts, z. B. /sobjects/Contact/{{record.contact_id}}; diese Felder werden nicht im Inhalt gesendet.</translation>
    </message>
    <message>
        <source>&amp;What it does:</source>
        <translation>&amp;Was er tut:</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>For each record, sends the endpoint's request with the record's values in it ({{record.email}} in its address, query or body) and adds what it answers to the record.</source>
        <translation>Sendet für jeden Datensatz die Anfrage des Endpunkts mit den Werten des Datensatzes darin ({{record.email}} in Adresse, Abfrage oder Inhalt) und fügt die Antwort dem Datensatz hinzu.</translation>
    </message>
    <message>
        <source>&amp;Ask:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>Choose the lookup's endpoint</source>
        <translation>Endpunkt zum Nachschlagen wählen</translation>
    </message>
    <message>
        <source>The name under which the answer is added to each record: the mapping and the formulas after this node read it, e.g. contact.Id.</source>
        <translation>Der Name, unter dem die Antwort jedem Datensatz hinzugefügt wird: die Zuordnung und die Formeln nach diesem Knoten lesen sie, z. B. contact.Id.</translation>
    </message>
    <message>
        <source>Add the answer &amp;as:</source>
        <translation>Antwort hinzufügen &amp;als:</translation>
    </message>
    <message>
        <source>Lookup adds its answer as “%1”</source>
        <translation>Nachschlagen fügt die Antwort als „%1“ hinzu</translation>
    </message>
    <message>
        <source>(the whole reply)</source>
        <translation>(die ganze Antwort)</translation>
    </message>
    <message>
        <source>Where the found records are in the reply, e.g. records or data.items</source>
        <translation>Wo die gefundenen Datensätze in der Antwort stehen, z. B. records oder data.items</translation>
    </message>
    <message>
        <source>Found records &amp;are in:</source>
        <translation>Gefundene Datensätze &amp;stehen in:</translation>
    </message>
    <message>
        <source>Lookup's records path</source>
        <translation>Datensatzpfad des Nachschlagens</translation>
    </message>
    <message>
        <source>the first one found</source>
        <translation>den ersten gefundenen</translation>
    </message>
    <message>
        <source>exactly one (more is an error for the record)</source>
        <translation>genau einen (mehr ist ein Fehler für den Datensatz)</translation>
    </message>
    <message>
        <source>all of them, as a list</source>
        <translation>alle, als Liste</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Lookup keeps: %1</source>
        <translation>Nachschlagen behält: %1</translation>
    </message>
    <message>
        <source>A 404 answer means “&amp;nothing found”</source>
        <translation>Eine 404-Antwort bedeutet „&amp;nichts gefunden“</translation>
    </message>
    <message>
        <source>Otherwise a 404 makes the record a dead letter. An empty list is always “nothing found”.</source>
        <translation>Sonst macht eine 404 den Datensatz zum unzustellbaren Datensatz. Eine leere Liste heißt immer „nichts gefunden“.</translation>
    </message>
    <message>
        <source>404 means nothing found</source>
        <translation>404 heißt nichts gefunden</translation>
    </message>
    <message>
        <source>404 is an error</source>
        <translation>404 ist ein Fehler</translation>
    </message>
    <message>
        <source>How many lookups may be under way at once (within the connection's rate limit); the same request is sent once a run and answered from the cache after that.</source>
        <translation>Wie viele Nachschlage-Anfragen gleichzeitig unterwegs sein dürfen (innerhalb der Ratenbegrenzung der Verbindung); dieselbe Anfrage wird einmal je Lauf gesendet und danach aus dem Zwischenspeicher beantwortet.</translation>
    </message>
    <message>
        <source>Each record goes to the first output whose condition holds (a formula, e.g. count(contact) &gt; 0); the others go to “otherwise”.</source>
        <translation>Jeder Datensatz geht zum ersten Ausgang, dessen Bedingung zutrifft (eine Formel, z. B. count(contact) &gt; 0); die übrigen gehen zu „sonst“.</translation>
    </message>
    <message>
        <source>&amp;Add an Output</source>
        <translation>Ausgang &amp;hinzufügen</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgang %1</translation>
    </message>
    <message>
        <source>Add the output “%1”</source>
        <translation>Ausgang „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Otherwise to:</source>
        <translation>&amp;Sonst zu:</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>Name des Ausgangs</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht zu</translation>
    </message>
    <message>
        <source>Remove this output</source>
        <translation>Diesen Ausgang entfernen</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wenn</translation>
    </message>
    <message>
        <source>goes to</source>
        <translation>geht zu</translation>
    </message>
    <message>
        <source>Rename the output to “%1”</source>
        <translation>Ausgang in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit the output's condition</source>
        <translation>Bedingung des Ausgangs bearbeiten</translation>
    </message>
    <message>
        <source>Remove an output</source>
        <translation>Einen Ausgang entfernen</translation>
    </message>
    <message>
        <source>Sends %1 %2 — the same request for every record: put the record's fields into the endpoint's address or query in the request console, e.g. {{record.email}}.</source>
        <translation>Sendet %1 %2 – dieselbe Anfrage für jeden Datensatz: setzen Sie die Felder des Datensatzes in der Anfragekonsole in Adresse oder Abfrage des Endpunkts ein, z. B. {{record.email}}.</translation>
    </message>
    <message>
        <source>Sends %1 %2 with each record's %3.</source>
        <translation>Sendet %1 %2 mit %3 jedes Datensatzes.</translation>
    </message>
    <message>
        <source>Sends %1 %2 with each record.</source>
        <translation>Sendet %1 %2 mit jedem Datensatz.</translation>
    </message>
    <message>
        <source>Sends %1 %2 — its address names no record: an update, upsert or delete needs the record's key in it, e.g. /contacts/{{record.id}} (edit it in the request console).</source>
        <translation>Sendet %1 %2 – die Adresse nennt keinen Datensatz: Aktualisieren, Upsert und Löschen brauchen den Schlüssel des Datensatzes darin, z. B. /contacts/{{record.id}} (in der Anfragekonsole bearbeiten).</translation>
    </message>
    <message>
        <source>Sends %1 %2: the record is named by its %3.</source>
        <translation>Sendet %1 %2: der Datensatz wird über %3 benannt.</translation>
    </message>
    <message>
        <source>Where the endpoint takes many keys at once (?ids={{keys}}, or WHERE Email IN ({{keys}})): up to this many records are looked up in one request.</source>
        <translation>Wo der Endpunkt viele Schlüssel auf einmal nimmt (?ids={{keys}} oder WHERE Email IN ({{keys}})): bis zu so viele Datensätze werden in einer Anfrage nachgeschlagen.</translation>
    </message>
    <message>
        <source>Records a re&amp;quest:</source>
        <translation>Datensätze je An&amp;frage:</translation>
    </message>
    <message>
        <source>The field (or formula) of each record that is its key in {{keys}}, e.g. billing_details.email</source>
        <translation>Das Feld (oder die Formel) jedes Datensatzes, das sein Schlüssel in {{keys}} ist, z. B. billing_details.email</translation>
    </message>
    <message>
        <source>Each record's &amp;key:</source>
        <translation>&amp;Schlüssel jedes Datensatzes:</translation>
    </message>
    <message>
        <source>The field of a found record that holds the key: it tells which record it was found for.</source>
        <translation>Das Feld eines gefundenen Datensatzes, das den Schlüssel enthält: daran zeigt sich, für welchen Datensatz er gefunden wurde.</translation>
    </message>
    <message>
        <source>Found by its &amp;field:</source>
        <translation>Zugeordnet über sein &amp;Feld:</translation>
    </message>
    <message numerus="yes">
        <source>Lookup: %n record(s) a request</source>
        <translation><numerusform>Nachschlagen: %n Datensatz je Anfrage</numerusform><numerusform>Nachschlagen: %n Datensätze je Anfrage</numerusform></translation>
    </message>
    <message>
        <source>Lookup: one record a request</source>
        <translation>Nachschlagen: ein Datensatz je Anfrage</translation>
    </message>
    <message>
        <source>Sends %1 %2 with up to %3 records' keys in {{keys}}.</source>
        <translation>Sendet %1 %2 mit den Schlüsseln von bis zu %3 Datensätzen in {{keys}}.</translation>
    </message>
    <message>
        <source>Sends %1 %2 — but its request has no {{keys}} for the records' keys: put them in its query in the request console, e.g. ids={{keys}}.</source>
        <translation>Sendet %1 %2 – aber die Anfrage hat kein {{keys}} für die Schlüssel der Datensätze: setzen Sie es in der Anfragekonsole in die Abfrage, z. B. ids={{keys}}.</translation>
    </message>
    <message>
        <source>Keys in single &amp;quotes ('a','b')</source>
        <translation>Schlüssel in &amp;Anführungszeichen ('a','b')</translation>
    </message>
    <message>
        <source>As SOQL and SQL write text: each key in single quotes, a quote in it escaped.</source>
        <translation>Wie SOQL und SQL Text schreiben: jeder Schlüssel in einfachen Anführungszeichen, ein Anführungszeichen darin maskiert.</translation>
    </message>
    <message>
        <source>A webhook: Stripe, GitHub, Shopify, Slack and others send each event to Patchbay's address as it happens; the integration runs at once.</source>
        <translation>Ein Webhook: Stripe, GitHub, Shopify, Slack und andere senden jedes Ereignis an Patchbays Adresse, sobald es geschieht; die Integration läuft sofort.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>S&amp;tartet:</translation>
    </message>
    <message>
        <source>Start on webhook events</source>
        <translation>Bei Webhook-Ereignissen starten</translation>
    </message>
    <message>
        <source>Start by reading the endpoint</source>
        <translation>Durch Lesen des Endpunkts starten</translation>
    </message>
    <message>
        <source>No check: anyone who knows the address</source>
        <translation>Keine Prüfung: jeder, der die Adresse kennt</translation>
    </message>
    <message>
        <source>A shared token in a header</source>
        <translation>Ein gemeinsames Token in einem Header</translation>
    </message>
    <message>
        <source>Stripe (Stripe-Signature)</source>
        <translation>Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <source>GitHub (X-Hub-Signature-256)</source>
        <translation>GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <source>Slack (X-Slack-Signature)</source>
        <translation>Slack (X-Slack-Signature)</translation>
    </message>
    <message>
        <source>Standard Webhooks (webhook-signature)</source>
        <translation>Standard Webhooks (webhook-signature)</translation>
    </message>
    <message>
        <source>How each delivery proves that it comes from the app: a delivery that fails the check is refused and never processed.</source>
        <translation>Wie jede Zustellung beweist, dass sie von der App kommt: Eine Zustellung, die die Prüfung nicht besteht, wird abgewiesen und nie verarbeitet.</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüft:</translation>
    </message>
    <message>
        <source>Check webhooks: %1</source>
        <translation>Webhooks prüfen: %1</translation>
    </message>
    <message>
        <source>The name of a secret variable (Project › Environments) that holds the app's signing secret; the secret itself stays in the keychain.</source>
        <translation>Der Name einer geheimen Variable (Projekt › Umgebungen), die das Signaturgeheimnis der App enthält; das Geheimnis selbst bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Secret &amp;variable:</source>
        <translation>Geheime &amp;Variable:</translation>
    </message>
    <message>
        <source>Webhook secret variable</source>
        <translation>Geheime Variable des Webhooks</translation>
    </message>
    <message>
        <source>Give the app this address. Patchbay listens on this machine only: to receive events from the internet, put your reverse proxy or tunnel in front (docs/webhooks.md).</source>
        <translation>Geben Sie der App diese Adresse. Patchbay lauscht nur auf diesem Rechner: Um Ereignisse aus dem Internet zu empfangen, schalten Sie Ihren Reverse-Proxy oder Tunnel davor (docs/webhooks.md).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>C&amp;opy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <source>Reading the endpoint</source>
        <translation>Beim Lesen des Endpunkts</translation>
    </message>
    <message>
        <source>On each webhook event</source>
        <translation>Bei jedem Webhook-Ereignis</translation>
    </message>
    <message>
        <source>Events are &amp;like:</source>
        <translation>Ereignisse &amp;wie:</translation>
    </message>
    <message>
        <source>&amp;Inbox…</source>
        <translation>&amp;Eingang…</translation>
    </message>
    <message>
        <source>The events received: whether they checked out, what became of them, their payload; listen for a test event; replay one.</source>
        <translation>Die empfangenen Ereignisse: ob sie geprüft wurden, was daraus wurde, ihr Inhalt; auf ein Test-Ereignis warten; eines erneut verarbeiten.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::NodeItem</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 node “%2”: %3</source>
        <translation>%1-Knoten „%2“: %3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>Letzter Lauf: %1.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::PreviewModel</name>
    <message>
        <source>formula: %1</source>
        <translation>Formel: %1</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>certificate check</source>
        <translation>Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>wires</source>
        <translation>Verbindungslinien</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>record key</source>
        <translation>Datensatzschlüssel</translation>
    </message>
    <message>
        <source>idempotency header</source>
        <translation>Idempotenz-Header</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>Endpoint “%1”</source>
        <translation>Endpunkt „%1“</translation>
    </message>
    <message>
        <source>Environment “%1”</source>
        <translation>Umgebung „%1“</translation>
    </message>
    <message>
        <source>Lookup table “%1”</source>
        <translation>Nachschlagetabelle „%1“</translation>
    </message>
    <message>
        <source>Integration “%1”</source>
        <translation>Integration „%1“</translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation>Knoten „%1“</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>wire %1</source>
        <translation>Verbindungslinie %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProjectEdits</name>
    <message>
        <source>New integration “%1”</source>
        <translation>Neue Integration „%1“</translation>
    </message>
    <message>
        <source>Double-click a node to set it up: which records the filter keeps, which fields go where.</source>
        <translation>Doppelklicken Sie auf einen Knoten, um ihn einzurichten: welche Datensätze der Filter behält, welche Felder wohin gehen.</translation>
    </message>
    <message>
        <source>Rename Integration</source>
        <translation>Integration umbenennen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Rename integration “%1” to “%2”</source>
        <translation>Integration „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate integration “%1”</source>
        <translation>Integration „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings it back.</source>
        <translation>„%1“ gelöscht. Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Change the schedule and settings of “%1”</source>
        <translation>Zeitplan und Einstellungen von „%1“ ändern</translation>
    </message>
    <message>
        <source>“%1” runs on its schedule (%2).</source>
        <translation>„%1“ läuft nach seinem Zeitplan (%2).</translation>
    </message>
    <message>
        <source>“%1” runs only when started.</source>
        <translation>„%1“ läuft nur, wenn es gestartet wird.</translation>
    </message>
    <message>
        <source>Delete connection “%1”</source>
        <translation>Verbindung „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and its %n endpoint(s). Edit › Undo brings them back.</source>
        <translation><numerusform>„%1“ und sein Endpunkt wurden gelöscht. Bearbeiten › Rückgängig holt sie zurück.</numerusform><numerusform>„%1“ und seine %n Endpunkte wurden gelöscht. Bearbeiten › Rückgängig holt sie zurück.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) used them: see Problems.</source>
        <translation><numerusform>%n Integration hat sie verwendet: siehe Probleme.</numerusform><numerusform>%n Integrationen haben sie verwendet: siehe Probleme.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) used it: see Problems.</source>
        <translation><numerusform>%n Integration hat ihn verwendet: siehe Probleme.</numerusform><numerusform>%n Integrationen haben ihn verwendet: siehe Probleme.</numerusform></translation>
    </message>
    <message>
        <source>Turn on the schedule of “%1”</source>
        <translation>Zeitplan von „%1“ einschalten</translation>
    </message>
    <message>
        <source>Turn off the schedule of “%1”</source>
        <translation>Zeitplan von „%1“ ausschalten</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Add connection “%1”</source>
        <translation>Verbindung „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 with %n endpoint(s). Its key: %2</source>
        <translation><numerusform>%1 mit %n Endpunkt hinzugefügt. Schlüssel: %2</numerusform><numerusform>%1 mit %n Endpunkten hinzugefügt. Schlüssel: %2</numerusform></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>The imported %1 is in the system keychain</source>
        <translation>Das importierte Feld %1 ist im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The imported %1 could not be kept: %2</source>
        <translation>Das importierte Feld %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n endpoint(s) from %1</source>
        <translation><numerusform>%n Endpunkt aus %1 importiert</numerusform><numerusform>%n Endpunkte aus %1 importiert</numerusform></translation>
    </message>
    <message>
        <source>Delete integration “%1”</source>
        <translation>Integration „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete endpoint “%1”</source>
        <translation>Endpunkt „%1“ löschen</translation>
    </message>
    <message>
        <source>Run %1 saw no change in the source's records.</source>
        <translation>Lauf %1 hat keine Änderung an den Datensätzen der Quelle gesehen.</translation>
    </message>
    <message>
        <source>The integration of run %1 has no source endpoint any more.</source>
        <translation>Die Integration von Lauf %1 hat keinen Quell-Endpunkt mehr.</translation>
    </message>
    <message>
        <source>Accept New Schema</source>
        <translation>Neues Schema übernehmen</translation>
    </message>
    <message>
        <source>The schema of “%1” takes all of it already.</source>
        <translation>Das Schema von „%1“ nimmt das alles schon an.</translation>
    </message>
    <message>
        <source>Accept the new schema of “%1”</source>
        <translation>Das neue Schema von „%1“ übernehmen</translation>
    </message>
    <message>
        <source>The schema of “%1” now takes it: %2. Fix the mappings that read a changed field, then run again.</source>
        <translation>Das Schema von „%1“ nimmt es jetzt an: %2. Korrigieren Sie die Zuordnungen, die ein geändertes Feld lesen, und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>Update from Spec</source>
        <translation>Aus Spezifikation aktualisieren</translation>
    </message>
    <message>
        <source>Update “%1” from its spec</source>
        <translation>„%1“ aus seiner Spezifikation aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the spec applied to %1</source>
        <translation><numerusform>%n Änderung der Spezifikation auf %1 übernommen</numerusform><numerusform>%n Änderungen der Spezifikation auf %1 übernommen</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Projekt-Explorer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 — %2, auth: %3</source>
        <translation>%1 — %2, Anmeldung: %3</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Lookup tables</source>
        <translation>Nachschlagetabellen</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RequestConsole</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The connection whose base URL, credentials and limits the request uses</source>
        <translation>Die Verbindung, deren Basis-URL, Zugangsdaten und Limits die Anfrage verwendet</translation>
    </message>
    <message>
        <source>/path, or a full URL — paste a curl command here to fill everything</source>
        <translation>/pfad oder eine vollständige URL — einen curl-Befehl hier einfügen füllt alles aus</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The request body, usually JSON. {{variables}} are filled in when sending.</source>
        <translation>Der Body der Anfrage, meist JSON. {{Variablen}} werden beim Senden eingesetzt.</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets are masked as ••••</source>
        <translation>Kopiert die Anfrage als curl-Befehl; Geheimnisse werden als •••• maskiert</translation>
    </message>
    <message>
        <source>Save as Endpoint…</source>
        <translation>Als Endpunkt speichern…</translation>
    </message>
    <message>
        <source>Keep this request in the project, to use in integrations</source>
        <translation>Diese Anfrage im Projekt behalten, um sie in Integrationen zu verwenden</translation>
    </message>
    <message>
        <source>Save Endpoint</source>
        <translation>Endpunkt speichern</translation>
    </message>
    <message>
        <source>Save as endpoint</source>
        <translation>Als Endpunkt speichern</translation>
    </message>
    <message>
        <source>Name of the endpoint:</source>
        <translation>Name des Endpunkts:</translation>
    </message>
    <message>
        <source>Saved the request to the endpoint “%1”</source>
        <translation>Anfrage im Endpunkt „%1“ gespeichert</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>{{%1}}: a secret, from the system keychain</source>
        <translation>{{%1}}: ein Geheimnis aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Plain text (not JSON)</source>
        <translation>Klartext (kein JSON)</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <source>✗ Not valid JSON: %1: %2</source>
        <translation>✗ Kein gültiges JSON: %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for this request</source>
        <translation>Nicht länger auf diese Anfrage warten</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>The request is not in the history: %1</source>
        <translation>Die Anfrage ist nicht im Verlauf: %1</translation>
    </message>
    <message>
        <source>The pasted curl command could not be read: %1</source>
        <translation>Der eingefügte curl-Befehl konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The credentials in the command were left out: the connection “%1” signs the request.</source>
        <translation>Die Zugangsdaten des Befehls wurden weggelassen: Die Verbindung „%1“ meldet die Anfrage an.</translation>
    </message>
    <message>
        <source>The command's credentials are in the Authorization header. To keep them in the keychain, add a connection for this API.</source>
        <translation>Die Zugangsdaten des Befehls stehen im Authorization-Header. Um sie im Schlüsselbund zu halten, legen Sie eine Verbindung für diese API an.</translation>
    </message>
    <message>
        <source>The command turned certificate checks off (-k); Patchbay keeps them on.</source>
        <translation>Der Befehl schaltete die Zertifikatsprüfung ab (-k); Patchbay lässt sie an.</translation>
    </message>
    <message>
        <source>Filled the request from the curl command.</source>
        <translation>Anfrage aus dem curl-Befehl gefüllt.</translation>
    </message>
    <message>
        <source>Cannot copy as cURL: %1</source>
        <translation>Kopieren als cURL nicht möglich: %1</translation>
    </message>
    <message>
        <source>Copied as cURL (secrets masked as ••••)</source>
        <translation>Als cURL kopiert (Geheimnisse als •••• maskiert)</translation>
    </message>
    <message>
        <source>Added the endpoint “%1”</source>
        <translation>Endpunkt „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Opened a request from the history; masked values (••••) must be filled in again.</source>
        <translation>Anfrage aus dem Verlauf geöffnet; maskierte Werte (••••) müssen neu eingetragen werden.</translation>
    </message>
    <message>
        <source>Use Response as Sample</source>
        <translation>Antwort als Beispiel nehmen</translation>
    </message>
    <message>
        <source>Learn the endpoint's records from this response: where the list is, the fields and their types, and keep a few records as samples for the mapping preview</source>
        <translation>Die Datensätze des Endpunkts aus dieser Antwort lernen: wo die Liste steht, die Felder und ihre Typen; einige Datensätze bleiben als Beispiele für die Vorschau der Zuordnung</translation>
    </message>
    <message>
        <source>The response is not JSON, so it cannot be a sample: %1</source>
        <translation>Die Antwort ist kein JSON und kann daher kein Beispiel sein: %1</translation>
    </message>
    <message>
        <source>Learn records of “%1”</source>
        <translation>Datensätze von „%1“ lernen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” now knows its records: %n field(s)</source>
        <translation><numerusform>„%1“ kennt jetzt seine Datensätze: %n Feld</numerusform><numerusform>„%1“ kennt jetzt seine Datensätze: %n Felder</numerusform></translation>
    </message>
    <message>
        <source>, found under “%1”</source>
        <translation>, gefunden unter „%1“</translation>
    </message>
    <message numerus="yes">
        <source>; %n sample(s) kept</source>
        <translation><numerusform>; %n Beispiel behalten</numerusform><numerusform>; %n Beispiele behalten</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ResponseView</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation><numerusform>{%n Feld}</numerusform><numerusform>{%n Felder}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation><numerusform>[%n Eintrag]</numerusform><numerusform>[%n Einträge]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… %n more (see the Pretty view)</source>
        <translation><numerusform>… %n weiterer (siehe Ansicht „Formatiert“)</numerusform><numerusform>… %n weitere (siehe Ansicht „Formatiert“)</numerusform></translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Antwort durchsuchen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Send the request to see the response here.</source>
        <translation>Senden Sie die Anfrage, um hier die Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sende</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation><numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform></translation>
    </message>
    <message>
        <source>waited %1 ms</source>
        <translation>%1 ms gewartet</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(kein JSON)</translation>
    </message>
    <message>
        <source>See the Raw view</source>
        <translation>Siehe Ansicht „Roh“</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RunsModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RunsView</name>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Filter runs (integration, status, trigger…)</source>
        <translation>Läufe filtern (Integration, Status, Auslöser…)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Send the selected dead letters (or all of them) to the target again, mapped with the integration's current mapping</source>
        <translation>Die ausgewählten unzustellbaren Datensätze (oder alle) erneut an das Ziel senden, mit der aktuellen Zuordnung der Integration</translation>
    </message>
    <message>
        <source>Select a run to see its integration's last runs</source>
        <translation>Wählen Sie einen Lauf, um die letzten Läufe seiner Integration zu sehen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>Runs cannot be shown: %1</source>
        <translation>Läufe können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s) of “%1”</source>
        <translation><numerusform>Letzter Lauf von „%1“</numerusform><numerusform>Letzte %n Läufe von „%1“</numerusform></translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>%1 sent again and accepted, %2 still refused.</source>
        <translation>%1 erneut gesendet und angenommen, %2 weiterhin abgelehnt.</translation>
    </message>
    <message>
        <source>No runs yet. Run an integration with Project › Run Integration.</source>
        <translation>Noch keine Läufe. Führen Sie eine Integration mit Projekt › Integration ausführen aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;, %2 — %3%4&lt;br&gt;&lt;small&gt;Read %5 · left out %6 · sent %7 · already sent %8 · failed %9 · %10 requests, %11 retries, %12 s waiting on rate limits&lt;/small&gt;</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt;, %2 — %3%4&lt;br&gt;&lt;small&gt;Gelesen %5 · ausgelassen %6 · gesendet %7 · schon gesendet %8 · fehlgeschlagen %9 · %10 Anfragen, %11 Wiederholungen, %12 s Warten auf Ratenbegrenzungen&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Run · started</source>
        <translation>Lauf · gestartet</translation>
    </message>
    <message>
        <source>Accept New Schema</source>
        <translation>Neues Schema übernehmen</translation>
    </message>
    <message>
        <source>Let the source endpoint's record schema take what this run saw (as well as what it took before). Then fix the mappings that read a changed field, and run again.</source>
        <translation>Das Datensatz-Schema des Quell-Endpunkts nimmt an, was dieser Lauf gesehen hat (neben dem, was es vorher annahm). Korrigieren Sie dann die Zuordnungen, die ein geändertes Feld lesen, und starten Sie den Lauf erneut.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::SampleFetch</name>
    <message>
        <source>Could not fetch a sample: %1</source>
        <translation>Beispiel konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Could not fetch a sample from “%1”: %2</source>
        <translation>Beispiel von „%1“ konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The reply of “%1” is not JSON (%2), so it has no records to preview.</source>
        <translation>Die Antwort von „%1“ ist kein JSON (%2) und hat daher keine Datensätze für die Vorschau.</translation>
    </message>
    <message>
        <source>No records in the reply of “%1”: %2</source>
        <translation>Keine Datensätze in der Antwort von „%1“: %2</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::SecretField</name>
    <message>
        <source>Kept in the system keychain, never in the project file. Type {{name}} instead to take it from an environment variable.</source>
        <translation>Im Schlüsselbund des Systems, nie in der Projektdatei. Tippen Sie stattdessen {{name}}, um den Wert aus einer Umgebungsvariable zu nehmen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the secret in clear text</source>
        <translation>Das Geheimnis im Klartext zeigen</translation>
    </message>
    <message>
        <source>Taken from the environment variable %1</source>
        <translation>Aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>stored in the system keychain — type to replace</source>
        <translation>im Schlüsselbund des Systems — tippen zum Ersetzen</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>Speichere im Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation>Lese aus dem Schlüsselbund des Systems…</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::StartPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Patchbay&lt;/h2&gt;&lt;p&gt;Connect web APIs to each other: read records from one, keep those you want, put them into the shape another takes, and send them there — on a schedule, without programming.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Patchbay&lt;/h2&gt;&lt;p&gt;Verbinden Sie Web-APIs miteinander: Datensätze aus einer lesen, die gewünschten behalten, in die Form bringen, die eine andere annimmt, und dorthin senden — nach Zeitplan, ohne Programmieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Die Demo öffnen</translation>
    </message>
    <message>
        <source>A CRM and a mailing list on this computer, and an integration that copies the active customers from one to the other: try everything safely.</source>
        <translation>Ein CRM und eine Mailingliste auf diesem Computer und eine Integration, die die aktiven Kunden vom einen ins andere kopiert: probieren Sie alles gefahrlos aus.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Start empty and add connections from the catalog.</source>
        <translation>Leer beginnen und Verbindungen aus dem Katalog hinzufügen.</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Ein Projekt öffnen…</translation>
    </message>
    <message>
        <source>A *.patchbay.json file.</source>
        <translation>Eine *.patchbay.json-Datei.</translation>
    </message>
    <message>
        <source>Import an API Description…</source>
        <translation>Eine API-Beschreibung importieren…</translation>
    </message>
    <message>
        <source>An OpenAPI or Swagger file, or a Postman collection: its endpoints become ready to use.</source>
        <translation>Eine OpenAPI- oder Swagger-Datei oder eine Postman-Sammlung: ihre Endpunkte sind dann sofort nutzbar.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start from a template&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Mit einer Vorlage beginnen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>CRM customers → mailing list</source>
        <translation>CRM-Kunden → Mailingliste</translation>
    </message>
    <message>
        <source>The demo's integration: active customers of a CRM become contacts of a mailing list.</source>
        <translation>Die Integration der Demo: aktive Kunden eines CRM werden Kontakte einer Mailingliste.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::SuggestionsPanel</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>%1  →  %2   (%3 % alike)</source>
        <translation>%1  →  %2   (%3 % ähnlich)</translation>
    </message>
    <message>
        <source>Accept to map %1 from %2</source>
        <translation>Annehmen, um %1 aus %2 zu füllen</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::TemplateLineEdit</name>
    <message>
        <source>{{%1}} is not defined in this environment. Add it in Project › Environments, or switch environments in the toolbar.</source>
        <translation>{{%1}} ist in dieser Umgebung nicht definiert. Fügen Sie sie unter Projekt › Umgebungen hinzu oder wechseln Sie die Umgebung in der Werkzeugleiste.</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::TrayController</name>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Skipped the scheduled run of “%1”: %2</source>
        <translation>Geplanten Lauf von „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>A scheduled run did not start</source>
        <translation>Ein geplanter Lauf startete nicht</translation>
    </message>
    <message>
        <source>Schedules are run by another scheduler (%1, process %2): only one may run them, or integrations would run twice.</source>
        <translation>Zeitpläne werden von einem anderen Planer ausgeführt (%1, Prozess %2): Nur einer darf sie ausführen, sonst liefen Integrationen doppelt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Open Patchbay</source>
        <translation>Patchbay öffnen</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Pause all schedules</source>
        <translation>Alle Zeitpläne anhalten</translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Notify when runs succeed</source>
        <translation>Auch bei erfolgreichen Läufen benachrichtigen</translation>
    </message>
    <message>
        <source>Quit Patchbay</source>
        <translation>Patchbay beenden</translation>
    </message>
    <message>
        <source>No schedules in the open project</source>
        <translation>Keine Zeitpläne im geöffneten Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) active</source>
        <translation><numerusform>%n Zeitplan aktiv</numerusform><numerusform>%n Zeitpläne aktiv</numerusform></translation>
    </message>
    <message>
        <source>There is no system tray: schedules run only while this window is open. To run them without a window, use `patchbay-cli daemon`.</source>
        <translation>Es gibt keinen Infobereich: Zeitpläne laufen nur, solange dieses Fenster offen ist. Ohne Fenster führt `patchbay-cli daemon` sie aus.</translation>
    </message>
    <message>
        <source>(no runs yet)</source>
        <translation>(noch keine Läufe)</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>Resume schedules</source>
        <translation>Zeitpläne fortsetzen</translation>
    </message>
    <message>
        <source>Schedules paused</source>
        <translation>Zeitpläne angehalten</translation>
    </message>
    <message>
        <source>Schedules resumed</source>
        <translation>Zeitpläne fortgesetzt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Runs Patchbay's schedules in the system tray</source>
        <translation>Führt die Zeitpläne von Patchbay im Infobereich aus</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>%1 written, %2 failed. Open Patchbay to see why.</source>
        <translation>%1 geschrieben, %2 fehlgeschlagen. Öffnen Sie Patchbay, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>“%1” succeeded</source>
        <translation>„%1“ erfolgreich</translation>
    </message>
    <message>
        <source>%1 records written.</source>
        <translation>%1 Datensätze geschrieben.</translation>
    </message>
    <message>
        <source>Patchbay — the last run failed</source>
        <translation>Patchbay — der letzte Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Patchbay — running</source>
        <translation>Patchbay — läuft</translation>
    </message>
    <message>
        <source>“%1” is not an address and port such as 127.0.0.1:8790</source>
        <translation>„%1“ ist keine Adresse mit Port wie 127.0.0.1:8790</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Webhook events cannot be received: %1</source>
        <translation>Webhook-Ereignisse können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>Webhooks are received at %1.</source>
        <translation>Webhooks werden unter %1 empfangen.</translation>
    </message>
    <message>
        <source>Webhook Address…</source>
        <translation>Webhook-Adresse…</translation>
    </message>
</context>
<context>
    <name>patchbay::ui::WebhookListenDialog</name>
    <message>
        <source>Answer over &amp;HTTPS with this certificate</source>
        <translation>Über &amp;HTTPS antworten, mit diesem Zertifikat</translation>
    </message>
    <message>
        <source>Webhook Address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>Where Patchbay listens for webhook events. 127.0.0.1 is this machine only; put a reverse proxy or tunnel in front to receive events from the internet (it usually adds HTTPS itself).</source>
        <translation>Wo Patchbay auf Webhook-Ereignisse lauscht. 127.0.0.1 ist nur dieser Rechner; schalten Sie einen Reverse-Proxy oder Tunnel davor, um Ereignisse aus dem Internet zu empfangen (er bringt HTTPS meist selbst mit).</translation>
    </message>
    <message>
        <source>certificate (PEM), e.g. /etc/ssl/certs/patchbay.pem</source>
        <translation>Zertifikat (PEM), z. B. /etc/ssl/certs/patchbay.pem</translation>
    </message>
    <message>
        <source>its private key (PEM, RSA)</source>
        <translation>sein privater Schlüssel (PEM, RSA)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Address and port:</source>
        <translation>Adresse und &amp;Port:</translation>
    </message>
    <message>
        <source>Cer&amp;tificate file:</source>
        <translation>Zer&amp;tifikatsdatei:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Datei des privaten &amp;Schlüssels:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>“%1” is not an address and port such as 127.0.0.1:8790.</source>
        <translation>„%1“ ist keine Adresse mit Port wie 127.0.0.1:8790.</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file and its private key file; choose both, or turn HTTPS off.</source>
        <translation>HTTPS braucht eine Zertifikatsdatei und die Datei seines privaten Schlüssels; wählen Sie beide oder schalten Sie HTTPS aus.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read.</source>
        <translation>Die Datei des privaten Schlüssels %1 kann nicht gelesen werden.</translation>
    </message>
</context>
</TS>