//! argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane). Hashing
//! is slow on purpose; callers run it on the blocking pool.

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};

use crate::error::ApiError;

#[derive(Clone)]
pub struct Passwords {
    hasher: Argon2<'static>,
    /// A real hash of a random password, verified against when the account
    /// does not exist so that the answer takes the same time.
    dummy_hash: String,
}

impl Passwords {
    pub fn new() -> Result<Self, ApiError> {
        let params =
            Params::new(19_456, 2, 1, None).map_err(|e| ApiError::Internal(e.to_string()))?;
        let hasher = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut passwords = Self {
            hasher,
            dummy_hash: String::new(),
        };
        passwords.dummy_hash = passwords.hash(&crate::auth::tokens::random_token())?;
        Ok(passwords)
    }

    pub fn hash(&self, password: &str) -> Result<String, ApiError> {
        let hash: PasswordHash = self
            .hasher
            .hash_password(password.as_bytes())
            .map_err(|e| ApiError::Internal(format!("hashing failed: {e}")))?;
        Ok(hash.to_string())
    }

    /// Checks `password` against `hash`, or against the dummy hash when
    /// there is none; `false` for any mismatch or unreadable hash.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        let matched = self
            .hasher
            .verify_password(password.as_bytes(), hash.unwrap_or(&self.dummy_hash))
            .is_ok();
        matched && hash.is_some()
    }
}
