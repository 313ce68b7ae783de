package dev.accountsecurity.examples;

/** The library answered the demo differently from the story: the demo stops and says how. */
final class DemoFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoFailure(String step, Object answer) {
    super(step + ": unexpected answer " + answer);
  }
}
