import { UsageError, type CliCommand } from '../cliCommand';
import {
  integerOption,
  runStripeVerb,
  stringOption,
  stripeServiceOption,
} from './stripeEventsCommand';

/** `captain stripe payment-intent create --amount N --currency usd`: a test-mode PaymentIntent. */
export const stripePaymentIntentCreateCommand: CliCommand = {
  name: 'stripe payment-intent create',
  summary: 'Create a test-mode PaymentIntent',
  usage: 'captain stripe payment-intent create --amount N --currency usd [--service NAME] [--json]',
  options: {
    ...stripeServiceOption,
    amount: { type: 'string', description: "amount in the currency's smallest unit (cents)" },
    currency: { type: 'string', description: 'three-letter ISO code, like usd' },
  },
  run(invocation) {
    const amount = integerOption(invocation, 'amount');
    const currency = stringOption(invocation, 'currency');
    if (amount === undefined || currency === undefined || !/^[a-z]{3}$/i.test(currency)) {
      throw new UsageError('expected --amount N and --currency like usd');
    }

    return runStripeVerb(
      invocation,
      'payment-intent create',
      (stripe, service) => stripe.createPaymentIntent({ service, amount, currency }),
      (intent) => `${intent.id} ${intent.amount} ${intent.currency} ${intent.status}\n`,
    );
  },
};
