package dev.accountsecurity.spi;

/**
 * A store could not do its work: the database is down, a statement failed. The cause is kept;
 * the message never holds a bound value.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without values from the request
   * @param cause the underlying failure
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
