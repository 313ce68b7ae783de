package dev.accountsecurity.core;

import dev.accountsecurity.core.password.PasswordHasher;
import dev.accountsecurity.core.password.PasswordPolicy;
import dev.accountsecurity.core.totp.RecoveryCodeScheme;
import dev.accountsecurity.core.totp.SecretBox;
import dev.accountsecurity.spi.LoginActivityStore;
import dev.accountsecurity.spi.OneTimeTokenStore;
import dev.accountsecurity.spi.SessionStore;
import dev.accountsecurity.spi.UserStore;
import java.time.Clock;

/** What the services share, built once by {@link AccountSecurity.Builder}. */
record Core(
    UserStore users,
    SessionStore sessions,
    LoginActivityStore activity,
    OneTimeTokenStore tokens,
    Throttle throttle,
    Clock clock,
    SecureTokens random,
    EventPublisher events,
    ClientResolver clients,
    PasswordPolicy policy,
    PasswordHasher hasher,
    SecretBox secrets,
    RecoveryCodeScheme recoveryCodes,
    TwoFactorOptions twoFactor,
    SessionOptions sessionOptions,
    ActivityOptions activityOptions) {}
