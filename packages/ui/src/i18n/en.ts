import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  'common.productName': 'Vern',
  'common.skipLink': 'Skip to main content',
  'common.language.label': 'Language (Språk)',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.nav.label': 'Main menu',
  'common.nav.toggle': 'Menu',
  'common.nav.home': 'Home',
  'common.footer.label': 'About the service',
  'common.footer.about': 'About Vern',
  'common.footer.accessibility': 'Accessibility statement',
  'common.footer.privacy': 'Privacy',
  'common.footer.licence': 'Vern is free software under the MIT licence.',
  'common.notFound.title': 'Page not found',
  'common.notFound.body': 'We could not find a page at {path}. Check that the address is spelled correctly.',
  'common.notFound.home': 'Go to the home page',
  'common.about.title': 'About Vern',
  'common.about.body1':
    'Vern is a case management system for municipal child welfare services. Staff use it to receive reports of concern, carry out investigations, make decisions and follow up measures.',
  'common.about.body2': 'Residents can use Vern to report a concern about a child and to see their own case.',
  'common.about.body3': 'Vern is open source, and municipalities may use and develop it freely.',
  'common.a11y.title': 'Accessibility statement',
  'common.a11y.body1':
    'Vern should be usable by everyone. It is built to meet WCAG 2.1 level AA and to work with a keyboard, a screen reader and on a phone.',
  'common.a11y.body2':
    'This is a draft. The municipality that uses Vern publishes the final statement on uustatus.no.',
  'common.a11y.body3':
    'Found something that does not work? Tell your municipality, and we will fix it as soon as we can.',
  'common.privacy.title': 'Privacy',
  'common.privacy.body1':
    'Vern processes information about children and families under the Child Welfare Act. The municipality that uses Vern is the data controller.',
  'common.privacy.body2':
    'Vern uses no tracking or analytics. Your browser only stores the language you have chosen.',
  'common.privacy.body3':
    'The municipality will publish a full privacy notice here before the service goes live.',

  'staff.appTitle': 'Vern – for staff',
  'staff.subtitle': 'for staff',
  'staff.front.title': 'Case management for child welfare services',
  'staff.front.lead':
    'Vern is the case management system for the child welfare service. Here you receive reports of concern, follow up investigations and measures, and keep track of deadlines.',
  'staff.front.login': 'Sign in',
  'staff.front.loginNote':
    "You sign in with your municipal user account, through the municipality's sign-in service.",
  'staff.front.accessNote': 'You only see the cases you have access to, and all use is logged.',
  'staff.health.checking': 'Checking whether the service is available …',
  'staff.health.ok': 'The service is available',
  'staff.health.down': 'The service is not responding',
  'staff.session.signedInAs': 'Signed in as {name}',
  'staff.session.service': 'Service: {name}',
  'staff.session.logout': 'Sign out',
  'staff.session.loggedOut': 'You are signed out.',
  'staff.session.logoutFailed': 'We could not sign you out. Please try again.',
  'staff.login.error.unknownUser':
    'You have no active user in Vern. Contact the system administrator of your service.',
  'staff.login.error.ambiguous':
    'Your username exists in more than one service. Signing in to several services is not supported yet; contact your system administrator.',
  'staff.login.error.cancelled': 'Signing in was cancelled.',
  'staff.login.error.failed': 'Signing in failed. Please try again.',

  'portal.appTitle': 'Vern – for residents',
  'portal.subtitle': 'for residents',
  'portal.nav.report': 'Report a concern',
  'portal.nav.mySide': 'My page',
  'portal.front.title': 'Child welfare services in your municipality',
  'portal.front.lead':
    'Here you can tell us if you are worried about a child, and you can see your own case if you are in contact with child welfare services.',
  'portal.front.urgent': 'Is a child in danger right now? Call the police on 112.',
  'portal.front.reportTitle': 'Are you worried about a child?',
  'portal.front.reportBody':
    'Anyone can contact child welfare services. You do not need to be sure that something is wrong.',
  'portal.front.reportAction': 'Report a concern',
  'portal.front.loginTitle': 'Do you have a case with child welfare services?',
  'portal.front.loginBody':
    'On My page you can see your case and who has looked at it. You sign in with ID-porten, for example with BankID or MinID.',
  'portal.front.loginAction': 'Sign in to My page',
  'portal.report.title': 'Report a concern',
  'portal.report.coming':
    'The form for reporting a concern is coming soon. Until then, you can phone or write to the child welfare service in your municipality.',
  'portal.report.urgentTitle': 'Is it urgent?',
  'portal.report.police': 'The police and the child welfare emergency service',
  'portal.report.policeNote': 'Call if a child is in danger right now.',
  'portal.report.alarm': 'Alarmtelefonen for barn og unge (helpline for children and young people)',
  'portal.report.alarmNote':
    'For children and young people who need help, and for adults who are worried about a child. Free and open around the clock.',
  'portal.report.call': 'Call {phone}',
  'portal.report.back': 'Back to the home page',
  'portal.mySide.title': 'My page',
  'portal.mySide.loading': 'Checking whether you are signed in …',
  'portal.mySide.signedIn': 'You are signed in.',
  'portal.mySide.pid': 'National identity number: {pid}',
  'portal.mySide.level': 'You signed in with ID-porten at the high assurance level.',
  'portal.mySide.coming': 'Your case and a record of who has looked at it will appear here.',
  'portal.mySide.notSignedIn': 'You are not signed in.',
  'portal.mySide.logout': 'Sign out',
  'portal.mySide.loggedOut': 'You are signed out.',
  'portal.mySide.logoutFailed': 'We could not sign you out. Please try again.',
  'portal.login.error.cancelled': 'Signing in was cancelled.',
  'portal.login.error.failed': 'Signing in failed. Please try again.',
};
