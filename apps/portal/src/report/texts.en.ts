import type { ReportDictionary } from './texts.nb';

export const reportEn: ReportDictionary = {
  lead: 'You do not need to sign in, and you can stay anonymous. Write what you know – you do not need to be sure.',
  draftNote:
    'What you write is kept only in this browser tab until you send or discard it. If other people use this computer too, press «Discard draft» when you are done.',
  restored: 'We kept what you wrote earlier in this tab.',
  discard: 'Discard draft',
  discardConfirm: 'Do you want to delete everything you have written?',
  discardYes: 'Yes, delete everything',
  discardNo: 'No, keep writing',
  discarded: 'The draft is deleted. Nothing is kept in the browser.',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',

  'signIn.title': 'Do you want to sign in with ID-porten?',
  'signIn.lead':
    'If you are reporting in your job, you can sign in. Then we take your name and national identity number from ID-porten, the child welfare service sees that the report is from you, and you can follow it on My page. When you are signed in, you cannot stay anonymous.',
  'signIn.optional': 'You do not need to sign in to send the report.',
  'signIn.keep': 'What you have written is kept while you sign in.',
  'signIn.action': 'Sign in with ID-porten',
  'signIn.back': 'You are signed in. What you wrote has been kept.',
  'signIn.notFinished':
    'Signing in was not completed. What you wrote has been kept. You can try again, or send the report without signing in.',
  'signedIn.title': 'You are signed in with ID-porten',
  'signedIn.lead':
    'The report is sent with your name and national identity number as ID-porten has verified them, and the child welfare service sees that you are identified. When you are signed in, you cannot stay anonymous.',
  'signedIn.minSide': 'Once you have sent it, you will find the report and its status on My page.',
  'signedIn.logout': 'Sign out and report without signing in',
  'signedIn.logoutNote': 'What you have written is not deleted when you sign out.',
  'signedIn.logoutFailed': 'We could not sign you out. Please try again.',
  signedOut:
    'You are signed out. The report is now sent without sign-in, and you can choose to stay anonymous.',
  identifiedBy: 'Signing in with ID-porten',
  'melder.name.verified': 'Your name, verified by ID-porten',
  'melder.pid.verified': 'Your national identity number, verified by ID-porten',
  'melder.name.noName': 'ID-porten did not give us your name. Please type it.',

  'service.label': 'Which child welfare service should the report go to?',
  'service.help': 'Choose the service in the municipality where the child lives.',
  'service.choose': 'Choose a service',
  'service.loading': 'Fetching the child welfare services …',
  'service.failed': 'We could not fetch the child welfare services. Reload the page in a moment.',
  'service.one': 'The report goes to {name}.',

  'kind.legend': 'Who are you?',
  'kind.privat': 'I am reporting as a private person',
  'kind.privat.help': 'For example a neighbour, family member, friend – or the child.',
  'kind.offentlig': 'I am reporting in my job',
  'kind.offentlig.help':
    'You work in the public sector or have a duty to report, for example in a school, kindergarten, health service or the police.',

  'melder.legend': 'About you',
  anonymous: 'I want to stay anonymous',
  'anonymous.help':
    'Then the child welfare service does not know who you are and cannot contact you to ask more. You still get a receipt.',
  'melder.name': 'Your name',
  'melder.phone': 'Your telephone number',
  'melder.email': 'Your work e-mail address',
  'melder.address.street': 'Your address',
  'melder.address.postalCode': 'Postcode',
  'melder.address.postalPlace': 'Town',
  'melder.role': 'Your role',
  'melder.role.help': 'For example class teacher, public health nurse or kindergarten teacher.',
  'melder.organisation.name': 'Your workplace',
  'melder.organisation.number': 'Organisation number',
  'melder.organisation.address.street': 'Address of the workplace',
  'melder.organisation.address.postalCode': 'Postcode',
  'melder.organisation.address.postalPlace': 'Town',

  'child.legend': 'Child {n}',
  'child.name': 'The child’s name',
  'child.name.help':
    'If you do not know the name, describe the child, for example «the boy on the second floor».',
  'child.fodselsnummer': 'The child’s national identity number (11 digits)',
  'child.unborn': 'The child is not born yet',
  'child.estimatedAge': 'About how old is the child?',
  'child.relation': 'How do you know the child?',
  'child.phone': 'The child’s telephone number',
  'child.address.street': 'Where does the child live?',
  'child.address.postalCode': 'Postcode',
  'child.address.postalPlace': 'Town',
  'child.told': 'Does the child know that you are reporting?',
  'child.notToldWhy': 'Why not?',
  'child.add': 'Add another child',
  'child.remove': 'Remove child {n}',

  'guardians.legend': 'Parents or other guardians',
  'guardians.help': 'Write what you know about the child’s guardians. You can add two.',
  'guardian.legend': 'Guardian {n}',
  'guardian.name': 'Name',
  'guardian.phone': 'Telephone number',
  'guardian.told': 'Does the guardian know that you are reporting?',
  'guardian.notToldWhy': 'Why not?',
  'guardian.add': 'Add a guardian',
  'guardian.remove': 'Remove guardian {n}',

  'report.legend': 'The concern',
  'report.concern': 'What are you worried about?',
  'report.concern.help':
    'In your own words, write what you have seen or heard, and when. You can paste text from elsewhere.',
  'report.background': 'What has happened before, and what has been tried?',
  'report.otherViews': 'Other views',
  'report.interpreter': 'Does the family need an interpreter? Which language?',
  'report.otherServices': 'Is the family in contact with other services?',

  send: 'Send the report',
  sending: 'Sending the report …',
  retrying: 'No answer yet. Trying again (attempt {n}) …',
  failed:
    'We could not confirm that the report arrived. Check that you are online and press «Try again». The report will not be registered twice.',
  retry: 'Try again',
  pendingNote: 'You have a report that has not been confirmed as received. Press «Try again» to send it.',
  conflict:
    'An earlier version of this report has already been received. Your changes were not sent. Do you want to send them as a new report?',
  sendAsNew: 'Send the changes as a new report',
  serverRefused: 'The report was not accepted. Check the fields and try again.',

  'errors.title': 'Please correct this before sending:',
  'error.REQUIRED': 'Fill this in.',
  'error.TOO_LONG': 'The text is too long.',
  'error.PHONE': 'Write the telephone number in digits, for example 99 99 99 99.',
  'error.EMAIL': 'Write an e-mail address, for example name@school.no.',
  'error.POSTAL_CODE': 'A postcode has four digits.',
  'error.ORGNR': 'An organisation number has nine digits.',
  'error.FNR': 'A national identity number has eleven digits.',
  'error.NOT_ANONYMOUS': 'Remove this if you want to stay anonymous.',
  'error.NOT_SIGNED_IN': 'You are no longer signed in. Sign in again, or send the report without signing in.',
  'error.NOT_VERIFIED': 'The name must be the one ID-porten has verified.',
  'error.INVALID': 'Check this field.',

  'receipt.title': 'The report has been received',
  'receipt.lead': '{service} received your report on {date}.',
  'receipt.reference': 'Reference number',
  'receipt.code': 'Code for checking the status',
  'receipt.keep':
    'Write down the reference number and the code, or download the receipt. With them you can check the status later. The code is secret: do not give it to anyone.',
  'receipt.pdf': 'Download the receipt (PDF)',
  'receipt.pdfNote':
    'The receipt shows everything you wrote. It is saved on this device – if others use it too, move or delete the file afterwards.',
  'receipt.pdfFailed': 'We could not make the receipt just now. Try again in a moment.',
  'receipt.what': 'This is what you sent',
  'receipt.next.privat':
    'The child welfare service reviews the report within a week. The service has a duty of confidentiality, so you will only be told that the report was received.',
  'receipt.next.offentlig':
    'The child welfare service reviews the report within a week. You will be told whether it opens an investigation: check the status with the reference number and the code.',
  'receipt.statusLink': 'Check the status of the report',
  'receipt.new': 'Send a new report',

  'receipt.identified':
    'You sent the report signed in with ID-porten. You will find it and its status on My page.',
  'receipt.minSide': 'Go to My page',

  'mine.title': 'Your reports',
  'mine.lead':
    'Reports of concern you sent while signed in with ID-porten, and what the child welfare service can tell you about them. What is in the case is not shown here.',
  'mine.loading': 'Fetching your reports …',
  'mine.none': 'You have not sent a report of concern while signed in.',
  'mine.failed': 'We could not fetch your reports just now. Please try again in a moment.',
  'mine.item': '{reference} to {service}',
  'mine.sent': 'Sent {date}.',

  'status.title': 'Status of a report of concern',
  'status.lead': 'Write the reference number and the code from the receipt.',
  'status.reference': 'Reference number',
  'status.code': 'Code',
  'status.submit': 'Check status',
  'status.notFound':
    'We found no report with this reference number and code. Check that you typed them correctly.',
  'status.busy': 'You have tried many times. Wait a little before trying again.',
  'status.error': 'We could not check the status just now. Try again in a moment.',
  'status.received': 'The report {reference} was received on {date}.',
  'status.received.privat':
    'The child welfare service has a duty of confidentiality and cannot tell you what happens next.',
  'status.received.offentlig':
    'The child welfare service has not concluded yet. You will be told whether it opens an investigation.',
  'status.undersokelse': 'The child welfare service has opened an investigation after the report ({date}).',
  'status.no_undersokelse':
    'The child welfare service has reviewed the report and has not opened an investigation ({date}).',
};
