<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Connect web APIs to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A *.patchbay.json project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where history, runs and the audit trail are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::CronExpression</name>
    <message>
        <source>&quot;%1&quot;: the interval must be at least 1 and at most a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule; use @hourly, @daily, @weekly, @monthly, @yearly, &quot;every N minutes&quot;, or five cron fields such as &quot;*/15 * * * *&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 fields; a cron schedule has five: minute hour day-of-month month day-of-week, e.g. &quot;30 6 * * 1-5&quot; for 06:30 on weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the %2 field of &quot;%3&quot; is not valid; it takes numbers from %4 to %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or JAN–DEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or SUN–SAT (0 and 7 are Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::CurlCommand</name>
    <message>
        <source>A quote is not closed; paste the whole command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a curl command; it should start with &quot;curl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no &quot;Name: value&quot; form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 reads a file; paste the file&apos;s content instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second URL; Patchbay takes one request at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::DataDir</name>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose another place with --data-dir or PATCHBAY_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Check that you may write to its parent folder, or choose another place with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::EnvSecretStore</name>
    <message>
        <source>No secret for %1: the environment variable %2 is not set (--secrets-from-env reads secrets from the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be stored while they come from environment variables (--secrets-from-env); set %1 in the environment of the process instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Formula</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;and&quot; to combine conditions (&quot;&amp;&quot; joins text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;or&quot; for either condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no meaning here; text belongs in quotes, like &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts here has no closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no &quot;(&quot; to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; put an operator such as &amp; or + between values, or a comma between a function&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula ends too early; %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two comparisons in a row; combine them with and, e.g. a &lt; b and b &lt; c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must follow &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside [ ] put a position (0 for the first, -1 for the last), * for all, or a field name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this &quot;[&quot; is not closed with &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula ends too early; a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing &quot;)&quot; for the &quot;(&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula starts with a field name; [&quot;odd name&quot;] for names with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; a value, a field or a function is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see the list of functions in docs/functions.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; to close %1(</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2: %3; it got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lookup table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the project has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add one to the project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to a number; to join text, use &amp; instead of +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to find is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the separator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count must be a whole number of 0 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start is counted from 1 (the first character), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the padding must be one character, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{&quot; in the pattern is not closed with &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decimal separator must be &quot;.&quot; or &quot;,&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of digits must be a whole number from -15 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as &quot;Europe/Oslo&quot; or &quot;America/New_York&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write dates as ISO 8601, e.g. &quot;2024-03-05&quot; or &quot;2024-03-05T10:00:00Z&quot;, or read them with parseDate(text, pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days must be whole; for hours, add days / 24 with toUnixTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition gave %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order must be &quot;asc&quot; or &quot;desc&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither true nor false (yes/no, 1/0, on/off work too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::HttpClient</name>
    <message>
        <source>Connection &quot;%1&quot; is not signed in (OAuth2 authorization code). Open the connection and press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching an OAuth2 access token for connection &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the new refresh token of connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an OAuth2 access token for connection &quot;%1&quot; from %2: %3. Check the client id, the client secret and the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::HttpExchange</name>
    <message>
        <source>Cancelled. %1 was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Tried %1 times.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not sent again: a %1 without an idempotency key could be applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is larger than the limit of connection &quot;%2&quot; (%3 MB) and was cut off. Raise maxResponseBytes if such a reply is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply from %1 within %2 s (the timeout of connection &quot;%3&quot;). The server may be overloaded or down; try again later, or raise timeoutMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused — nothing is listening there. Is the server running, and are the host and port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a certificate of its own, add its CA certificate to the connection (TLS › CA file) rather than turning verification off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of the reply (after %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before a reply came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to a non-web address; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 redirect to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is not valid JSON (%2 bytes; cut off or garbled?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → 401, fetching a new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-ratelimit-reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server asks to wait %2 s before trying again (%3), longer than the %4 s connection &quot;%5&quot; allows (retry › maxRetryAfterS). Try again later, or raise that limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Salesforce&apos;s API request limit is used up.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of connection &quot;%1&quot; were refused; check them in the connection editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this; check the permissions (scopes) of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in this object; remove all but one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1). Look for a missing comma, quote or bracket at or just before this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::JsonReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; remove it (Patchbay does not know what it means here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::JsonRecordStream</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside the JSON array, after record %1; the closing &quot;]&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after record %1 a comma or &quot;]&quot; should follow, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside record %1 of the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for its password in a window you cannot see. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1 yet. Enter it in the connection editor, or store it with `patchbay-cli secret set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to %1 (%2). Unlock the keychain and allow Patchbay to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Patchbay keeps secrets only there, never in plain files. On a desktop, log in to a session with GNOME Keyring or KWallet running (or start it: `gnome-keyring-daemon --start --components=secrets`). On a server without a keychain, pass --secrets-from-env and provide each secret as PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::OAuth2SignIn</name>
    <message>
        <source>No answer from the browser for connection &quot;%1&quot;; the sign-in was given up. Try again, and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay is signed in. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; was refused: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; failed when exchanging the code for a token at %2: %3. Check the token URL and the client id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ProjectFile</name>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, or {&quot;secret&quot;: true} for a value kept in the keychain; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret must not be written into the project file; replace the value with {&quot;secret&quot;: true} and store it in the keychain (connection editor, or `patchbay-cli secret set`), or refer to a secret variable as &quot;{{name}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;secret&quot;: true} or a &quot;{{variable}}&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON Schema object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record error policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a row of two texts, [&quot;key&quot;, &quot;value&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1); check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file; check the name and folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project file holds one JSON object, but this one holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing; is this a Patchbay project? A project file starts with &quot;formatVersion&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project was saved by a newer version of Patchbay (file format %1); this version reads format %2. Update Patchbay to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: %1. Check that the folder exists and that you may write to it; the file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: %1. Is the disk full? The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ProjectValidator</name>
    <message>
        <source>another environment is already called &quot;%1&quot;; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot; (starting with a letter or digit, at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another %1 already has the id &quot;%2&quot;; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name; start with a letter or &quot;_&quot;, then use letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {{%1}}, which neither the project nor any environment defines; add it to the variables or pass --var %1=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean {{%1}}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; write it like &quot;https://api.example.com/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate checks are off for this connection: anyone on the network path can read and change its traffic, secrets included. Configure a CA file instead if the server uses its own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be smaller than baseDelayMs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint chosen yet; the integration cannot run until it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; is mapped twice; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no source node yet; the integration cannot run without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no target node yet; the integration cannot run without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as &quot;Europe/Oslo&quot; or &quot;America/New_York&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wire cannot lead from a node back into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target node only receives records; a wire cannot start at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source node only produces records; a wire cannot end at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wire from &quot;%1&quot; to &quot;%2&quot; is there twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wires form a loop through &quot;%1&quot;; records must flow from a source to a target without coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another lookup table is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in this table twice; a lookup needs unique keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::RecordPipeline</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target path; write field names with dots and positions in brackets, e.g. address.city or tags[0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: the condition gave %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but the formula gave nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::RequestBuilder</name>
    <message>
        <source>the auth of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of connection &quot;%2&quot; is not available (keychain key %3). Enter it in the connection editor or with `patchbay-cli secret set`, or provide it with --secrets-from-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses the connection &quot;%2&quot;, which the project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 is not a web address: &quot;%2&quot;. It must start with http:// or https:// and name a host; check the base URL and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query parameter &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name (%2); use letters, digits and -, without spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::RunStore</name>
    <message>
        <source>The process running it stopped without finishing it (killed, or the machine went down). The next run resumes from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving delivered records failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Scheduler</name>
    <message>
        <source>the previous run is still going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::SourceReader</name>
    <message>
        <source>the reply has no &quot;%1&quot; (the endpoint&apos;s records path is &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a list of records; set the endpoint&apos;s records path to where the list is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the reply is not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages, the endpoint&apos;s maxPages, although the API said there was more. Raise pagination.maxPages if that many pages are expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Store</name>
    <message>
        <source>Cannot create the Patchbay database %1: %2. Check that you may write to the data directory, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is locked by another program and stayed locked for %3 s (%4). Close other programs that use it (another Patchbay, a database browser) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk that holds %2 is full (%3). Free some space and try again; nothing already stored was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is damaged (%3). Nothing was changed. Move the file aside (keep it: it holds your run history and checkpoints) and Patchbay will start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: Patchbay may not write to %2 (%3). Check the permissions of the file and its folder, or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk reported an error while using %2 (%3). Check the disk and that there is free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in the Patchbay database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patchbay database %1 could not be set up safely: %2 is %3, expected %4. Is the data directory on a network drive? Use a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patchbay database %1 was written by a newer version of Patchbay (schema %2; this version knows up to %3). It was not changed. Update Patchbay, or use another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it (its link was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::SyncRun</name>
    <message>
        <source>The project has no integration &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; has no source endpoint; choose one on its source node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; has no target endpoint; choose one on its target node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration&apos;s formulas have mistakes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; is already running (process %2 on %3); a second run at the same time could send records twice. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from the checkpoint at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what changed since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source failed: %1 The checkpoint is kept; the next run resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2 read, %3 written, %4 dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what the target acknowledged is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the target failed: %1 What was acknowledged is committed; the next run resumes from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at a record the target refused, as the integration says (onRecordError: stop). It is among the dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::TemplateRenderer</name>
    <message>
        <source>{{%1}} in %2 refers to the record being sent, but there is none here; it works in a target endpoint of an integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown variable {{%1}} in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean {{%1}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Define it in the project&apos;s variables or the environment, or pass --var %1=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret variable {{%1}} in %2 has no value: store it in the keychain (key %3) or provide it with --secrets-from-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break. A header value with a line break could add headers of its own, so it is refused; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break (from a variable&apos;s value). A header value with a line break could add headers of its own, so the request was not sent; remove the line break from the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::cli</name>
    <message>
        <source>Where the run history and checkpoints live (default: ~/.local/share/patchbay, or PATCHBAY_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read secrets from PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt; environment variables instead of the system keychain (for servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a project variable for this command; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patchbay-cli [global options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay connects web APIs to each other. patchbay-cli runs its projects from scripts and on servers, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a command does and how to call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (network, a non-2xx reply, a failed run), 2 wrong command line or project, 130 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patchbay-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE with a valid variable name, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: patchbay-cli help %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: patchbay-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid — %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check a project file and list every problem in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads FILE (a *.patchbay.json project) and lists every problem at once, each as
&quot;FILE: error: path: message&quot;, where path is the place in the file, e.g.
connections[1].auth.type. Warnings do not make a project invalid.

Exit code: 0 valid, 2 not valid (or not readable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them before formatting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in Patchbay&apos;s canonical format; run patchbay-cli format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite a project file in the canonical layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay writes projects with a fixed key order and a 2-space indent, so that they
diff well in git. format rewrites a hand-edited FILE that way (atomically); with
--check it only says whether FILE is already formatted (exit 0) or not (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 PROJECT CONNECTION FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no connection &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; uses auth type %2, which has no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret of the connection &quot;%2&quot; (auth type %3); its secret fields are: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the secret %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 for the connection &quot;%2&quot; (not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value on standard input; pipe it in, e.g. `printf %s &quot;$TOKEN&quot; | patchbay-cli secret set …`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the secret %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or delete a connection&apos;s secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set reads the value from standard input — never from the command line, where other
users could see it in the process list — and stores it in the system keychain under
the key PROJECT-ID/CONNECTION/FIELD. delete removes it.

FIELD is the secret of the connection&apos;s auth type: key (apiKey), token (bearer),
password (basic), clientSecret or refreshToken (oauth2).

Example: printf %s &quot;$CRM_TOKEN&quot; | patchbay-cli secret set demo.patchbay.json crm token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in %1 is BROKEN at entry %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail in %1 is intact: %n entry(s), each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the audit trail is complete and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the audit trail (what data went where, and when) carries the SHA-256
hash of its own content and of the line before it. verify walks the whole trail and
reports the first line that is missing or was changed.

Exit code: 0 intact, 1 broken or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), listed above; fix, then try again (patchbay-cli validate %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use the variables of this environment of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no environment &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the request was not added to the history: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send an endpoint&apos;s request and show the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the request of ENDPOINT from PROJECT (variables from --var, the environment and
the project; secrets from the keychain, or the environment with --secrets-from-env),
sends it with the connection&apos;s auth, retries and rate limit, and prints the status
line, the headers and the body (pretty-printed when it is JSON). Secrets are masked as
•••• everywhere, and the request is added to the history, masked too.

--json prints one object: url, method, status, reason, headers, body, duration_ms,
attempts, size (and error).

Exit code: 0 for a 2xx reply, 1 for any other status or a network failure, 2 for a
wrong command line or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the reply as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each attempt, wait and redirect on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an endpoint&apos;s request as a cURL command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the request that `send` would send, as a cURL command for a shell. Credentials
and secret values are masked as •••• unless --reveal is given (then they are read from
the keychain, and the command holds them in clear: do not paste it where others see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secrets in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; does not sign in through a browser (it is not OAuth2 with the authorization code grant); store its secret with `secret set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the server gave no refresh token, so Patchbay cannot stay signed in. Ask for offline access in the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot;; the refresh token is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an OAuth2 connection in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a connection with OAuth2&apos;s authorization code grant: prints an address to open in a
browser, waits for the sign-in to come back to 127.0.0.1 (PKCE, RFC 8252), and keeps the
refresh token in the keychain. Later requests use it to get access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the requests sent by hand, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the request history of the data directory: time, status, method, URL and duration.
Secrets were masked before anything was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no integration &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish writing %1 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output to %1 (is the disk full, or the reader gone?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapped, %2 filtered out, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an integration&apos;s filter and mapping over records from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads records — a JSON array, or JSON Lines (one record a line) — from --in (default:
standard input), runs the integration&apos;s filter and map nodes over each, and writes one
mapped record a line to --out (default: standard output). Records are read one at a
time, so memory stays flat whatever the size.

A record that fails is reported on stderr as &quot;record N, field F: message&quot; and the
others go on. Exit code: 0 all mapped (or filtered out), 1 some failed, 2 a wrong command
line, project or formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read records from FILE (&apos;-&apos;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mapped records to FILE (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts at the end (always on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages · %2 read · %3 written · %4 skipped · %5 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; committing what was acknowledged…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (nothing written, nothing changed) %1 in %2 s: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2 in %3 s: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 filtered out, %3 written, %4 skipped as already delivered, %5 dead letters; %6 requests, %7 retries, %8 s waiting on rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN_ID is a number; see patchbay-cli runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2 / %3 (%4): %5, started %6, %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration has no target endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dead letters to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letter %1 (record %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent again and accepted, %2 still refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an integration: read the source, map, write the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the source page by page, filters and maps every record, skips records already
delivered with the same content, and sends the rest with idempotency keys. After each
page the checkpoint is committed: a run that is killed resumes from it, losing nothing.
Records the target refuses become dead letters (see retry-dead-letters).

On a terminal, a progress line shows on stderr. Ctrl-C or SIGTERM cancels cleanly.
--dry-run reads and maps but writes nothing and changes nothing, and prints the first
mapped records. --json prints the summary as one object.

Exit code: 0 succeeded, 1 partial or failed, 2 a wrong command line or project,
130 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and map only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the run&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the runs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run with its trigger, status, counts and duration. A run whose process died shows as crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one run&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the records the target refused again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps each dead letter&apos;s source record again (so a fixed mapping applies) and sends it.
Accepted ones are marked resolved; refused ones stay, with the new message.
Exit code: 0 all accepted, 1 some still refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopping: cancelling %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skipping a project with errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 project(s), %2 schedule(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: the project has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2/%3 %4: %5 read, %6 written, %7 dead letters%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting %1/%2 (schedule %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another scheduler already runs the schedules of %1 (%2, process %3 on %4); only one may, or integrations would run twice. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping (signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every enabled schedule of every project in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every *.patchbay.json in DIR and runs the integrations whose schedule is enabled, on
time, in their time zones. A project file that changes is read again. A run still going
when it is due again is skipped; a run missed while the machine slept runs once on wake.
Only one scheduler per data directory may run. SIGTERM (or Ctrl-C) stops it cleanly:
running runs are cancelled and commit what was acknowledged. A systemd user unit is in
packaging/patchbay-daemon.service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui</name>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::Commands</name>
    <message>
        <source>Edit connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit endpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lookup tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ConnectionEditor</name>
    <message>
        <source>A connection is one web API: where it is and how Patchbay signs in to it. Endpoints and integrations use it. Changes apply when you leave a field; secrets go to the system keychain, never into the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address every endpoint&apos;s path is added to. May use {{variables}} from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials (server to server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code with PKCE (sign in in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the API&apos;s sign-in page in your browser; the refresh token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit, retries and timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries in all, the first included; 1 means no retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries, waiting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: anyone on the network could read or change this connection&apos;s data and credentials. Turn this on unless you are testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL with this connection&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending GET %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 in %2 ms: the API answers and accepts the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: the API answers but refuses the credentials. Check the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answers (%1 in %2 ms). The base URL itself need not be a valid request; try an endpoint in a request console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session; the server gave no refresh token, so you will sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in; the refresh token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the project first (Save As).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::EnvironmentEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables fill {{placeholders}} in URLs, headers and bodies. Each environment has its own values; switch between them in the toolbar. Mark a variable secret to keep its value in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables (type in the last row to add one; clear a name to remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (for example staging):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an environment called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MainWindow</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Patchbay %1&lt;/b&gt;&lt;p&gt;Connect web APIs to each other, without programming.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay projects (*.patchbay.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Problems list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;This project could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Problems&lt;/b&gt; list below says what is wrong and where. The file was not changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent from this project, newest first. Double-click to open one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose variables fill {{placeholders}} in requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay was closed without saving “%1”. Changes autosaved at %2 can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay projects (*.patchbay.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project: add a connection to an API to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved: %1
Your changes are still here; try Save As to put them somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved to %1: %2
Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Patchbay&lt;/h2&gt;&lt;p&gt;Open a project with &lt;b&gt;File › Open&lt;/b&gt;, or start one with &lt;b&gt;File › New Project&lt;/b&gt;, to connect web APIs to each other.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 connections · %4 endpoints · %5 integrations · %6 environments&lt;/p&gt;&lt;p&gt;Double-click an item in the &lt;b&gt;Project&lt;/b&gt; tree to edit it; &lt;b&gt;Project › New Request&lt;/b&gt; opens a request console.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, auth: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RequestConsole</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection whose base URL, credentials and limits the request uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path, or a full URL — paste a curl command here to fill everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body, usually JSON. {{variables}} are filled in when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets are masked as ••••</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this request in the project, to use in integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the request to the endpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: a secret, from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not valid JSON: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted curl command could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials in the command were left out: the connection “%1” signs the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s credentials are in the Authorization header. To keep them in the keychain, add a connection for this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command turned certificate checks off (-k); Patchbay keeps them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled the request from the curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy as cURL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as cURL (secrets masked as ••••)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the endpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a request from the history; masked values (••••) must be filled in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ResponseView</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more (see the Pretty view)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to see the response here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waited %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Raw view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchbay::ui::SecretField</name>
    <message>
        <source>Kept in the system keychain, never in the project file. Type {{name}} instead to take it from an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::TemplateLineEdit</name>
    <message>
        <source>{{%1}} is not defined in this environment. Add it in Project › Environments, or switch environments in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
