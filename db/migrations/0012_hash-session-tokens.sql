-- The sessions table keeps the SHA-256 (hex) of each session token, never the token itself
-- (lib/auth/hashed-session-tokens.ts): a copy of the database then signs no one in. Tokens
-- stored in clear before this are hashed in place, so their cookies keep working. The
-- library's tokens are 32 letters and digits, never 64 hex digits: running this twice
-- changes nothing.
UPDATE sessions SET token = encode(sha256(convert_to(token, 'UTF8')), 'hex') WHERE token !~ '^[0-9a-f]{64}$';
