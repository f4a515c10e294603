import { UsageError, type CliCommand } from '../cliCommand';
import { integerOption, runStripeVerb, stripeServiceOption } from './stripeEventsCommand';

/** `captain stripe refund <payment-intent> [--amount N]`: refunds it, in full by default. */
export const stripeRefundCommand: CliCommand = {
  name: 'stripe refund',
  summary: 'Refund a PaymentIntent (in full unless --amount)',
  usage: 'captain stripe refund <payment-intent> [--amount N] [--service NAME] [--json]',
  options: {
    ...stripeServiceOption,
    amount: { type: 'string', description: "part to refund, in the currency's smallest unit" },
  },
  run(invocation) {
    const [paymentIntent, ...extra] = invocation.positionals;
    if (!paymentIntent || extra.length > 0) {
      throw new UsageError('expected one PaymentIntent id, like pi_123');
    }

    const amount = integerOption(invocation, 'amount');
    return runStripeVerb(
      invocation,
      'refund',
      (stripe, service) => stripe.refund({ service, paymentIntent, amount }),
      (refund) => `${refund.id} ${refund.amount} ${refund.currency} ${refund.status ?? ''}\n`,
    );
  },
};
